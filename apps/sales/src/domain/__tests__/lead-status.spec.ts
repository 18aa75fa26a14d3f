import { CrmError } from '@crm/errors';
import {
  assertFollowUpAllowed,
  assertOpenLead,
  canMoveLead,
  isClosedLead,
  moveLead,
  parseDisqualificationReason,
  statusAfterFollowUp,
} from '../lead-status';

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as CrmError).code;
  }
  return 'no error';
};

describe('lead status', () => {
  it('moves NEW → CONTACTED → QUALIFIED → CONVERTED', () => {
    expect(moveLead('NEW', 'CONTACTED')).toBe('CONTACTED');
    expect(moveLead('CONTACTED', 'QUALIFIED')).toBe('QUALIFIED');
    expect(moveLead('QUALIFIED', 'CONVERTED')).toBe('CONVERTED');
  });

  it('disqualifies from every open status, never from a closed one', () => {
    for (const from of ['NEW', 'CONTACTED', 'QUALIFIED'] as const)
      expect(canMoveLead(from, 'DISQUALIFIED')).toBe(true);
    expect(canMoveLead('CONVERTED', 'DISQUALIFIED')).toBe(false);
    expect(isClosedLead('DISQUALIFIED')).toBe(true);
    expect(isClosedLead('QUALIFIED')).toBe(false);
  });

  it('refuses skipped steps as bad input, naming what is allowed', () => {
    expect(() => moveLead('NEW', 'QUALIFIED')).toThrow(
      /^id: a NEW lead cannot become QUALIFIED; it may become CONTACTED or DISQUALIFIED/,
    );
    expect(codeOf(() => moveLead('CONTACTED', 'CONVERTED'))).toBe('BAD_USER_INPUT');
    expect(() => moveLead('DISQUALIFIED', 'CONVERTED')).toThrow(/it is closed/);
  });

  it('treats a repeated move (converting twice) as a conflict', () => {
    expect(codeOf(() => moveLead('CONVERTED', 'CONVERTED'))).toBe('CONFLICT');
    expect(codeOf(() => moveLead('QUALIFIED', 'QUALIFIED'))).toBe('CONFLICT');
  });

  it('counts the first follow-up as contact', () => {
    expect(statusAfterFollowUp('NEW')).toBe('CONTACTED');
    expect(statusAfterFollowUp('CONTACTED')).toBe('CONTACTED');
    expect(statusAfterFollowUp('QUALIFIED')).toBe('QUALIFIED');
  });
});

describe('a closed lead', () => {
  it('is no longer edited or followed up', () => {
    expect(() => assertOpenLead('QUALIFIED', 'edited')).not.toThrow();
    expect(() => assertOpenLead('CONVERTED', 'edited')).toThrow(/^id: a CONVERTED lead cannot be edited/);
    expect(() => assertFollowUpAllowed('CONTACTED')).not.toThrow();
    expect(() => assertFollowUpAllowed('DISQUALIFIED')).toThrow(/^leadId: a DISQUALIFIED lead takes no more/);
  });

  it('is disqualified with a reason of 1 to 500 characters', () => {
    expect(parseDisqualificationReason('  No budget ')).toBe('No budget');
    expect(() => parseDisqualificationReason(' ')).toThrow(/^reason: must be 1 to 500/);
    expect(() => parseDisqualificationReason('x'.repeat(501))).toThrow(/^reason: must be 1 to 500/);
  });
});
