import { CrmError } from '@crm/errors';
import { applyInteractionChanges, parseNewInteraction, type InteractionDetails } from '../interaction-input';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const CUSTOMER = '0194c1d0-0000-7000-8000-0000000000c1';
const CONTACT = '0194c1d0-0000-7000-8000-00000000c0c1';
const USER = '0194c1d0-0000-7000-8000-00000000a5e1';

const call = {
  customerId: CUSTOMER,
  type: 'CALL',
  direction: 'OUTBOUND',
  occurredAt: new Date('2026-11-24T10:00:00.000Z'),
  durationMinutes: 25,
  summary: '  Discussed the pilot.  ',
};

/** The field path and message of the BAD_USER_INPUT error `run` throws. */
function refusal(run: () => unknown): { field: string | undefined; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmError);
    return { field: (error as CrmError).field, message: (error as CrmError).message };
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('parseNewInteraction', () => {
  it('normalises a call: trimmed summary, empty participant lists, no outcome', () => {
    expect(parseNewInteraction(call, NOW)).toEqual({
      customerId: CUSTOMER,
      type: 'CALL',
      direction: 'OUTBOUND',
      occurredAt: call.occurredAt,
      durationMinutes: 25,
      contactIds: [],
      userIds: [],
      externalParticipants: [],
      summary: 'Discussed the pilot.',
      outcome: null,
      outcomeNote: null,
    });
  });

  it('keeps participants once each, ids lower-cased, names trimmed', () => {
    const parsed = parseNewInteraction(
      {
        ...call,
        contactIds: [CONTACT, CONTACT.toUpperCase()],
        userIds: [USER],
        externalParticipants: [' Ada (their lawyer) ', 'Ada (their lawyer)'],
        outcome: 'FOLLOW_UP_REQUIRED',
        outcomeNote: ' send the quote by Friday ',
      },
      NOW,
    );
    expect(parsed).toMatchObject({
      contactIds: [CONTACT],
      userIds: [USER],
      externalParticipants: ['Ada (their lawyer)'],
      outcome: 'FOLLOW_UP_REQUIRED',
      outcomeNote: 'send the quote by Friday',
    });
  });

  it.each(['CALL', 'MEETING', 'VISIT'])('requires the duration of a %s', (type) => {
    expect(refusal(() => parseNewInteraction({ ...call, type, durationMinutes: null }, NOW))).toEqual({
      field: 'input.durationMinutes',
      message: expect.stringContaining(`is required for a ${type}`),
    });
  });

  it.each(['EMAIL', 'SOCIAL_MESSAGE'])('takes a %s without a duration', (type) => {
    const { durationMinutes, ...message } = call;
    expect(durationMinutes).toBe(25);
    expect(parseNewInteraction({ ...message, type }, NOW).durationMinutes).toBeNull();
  });

  it('accepts a zero-minute call (nobody answered) and refuses negative or fractional ones', () => {
    expect(parseNewInteraction({ ...call, durationMinutes: 0 }, NOW).durationMinutes).toBe(0);
    expect(refusal(() => parseNewInteraction({ ...call, durationMinutes: -5 }, NOW))).toEqual({
      field: 'input.durationMinutes',
      message: 'input.durationMinutes: must be 0 or more minutes (got -5)',
    });
    expect(refusal(() => parseNewInteraction({ ...call, durationMinutes: 2.5 }, NOW)).field).toBe(
      'input.durationMinutes',
    );
    expect(refusal(() => parseNewInteraction({ ...call, durationMinutes: 1441 }, NOW)).field).toBe(
      'input.durationMinutes',
    );
  });

  it('requires a summary of at most 5000 characters', () => {
    expect(refusal(() => parseNewInteraction({ ...call, summary: '   ' }, NOW)).field).toBe('input.summary');
    expect(refusal(() => parseNewInteraction({ ...call, summary: undefined }, NOW)).field).toBe(
      'input.summary',
    );
    expect(parseNewInteraction({ ...call, summary: 'x'.repeat(5000) }, NOW).summary).toHaveLength(5000);
    expect(refusal(() => parseNewInteraction({ ...call, summary: 'x'.repeat(5001) }, NOW))).toEqual({
      field: 'input.summary',
      message: 'input.summary: must be at most 5000 characters (got 5001)',
    });
  });

  it('refuses an interaction in the future, beyond a few minutes of clock skew', () => {
    const skewed = new Date(NOW.getTime() + 60_000);
    expect(parseNewInteraction({ ...call, occurredAt: skewed }, NOW).occurredAt).toEqual(skewed);
    const tomorrow = new Date('2026-11-25T12:00:00.000Z');
    expect(refusal(() => parseNewInteraction({ ...call, occurredAt: tomorrow }, NOW)).field).toBe(
      'input.occurredAt',
    );
  });

  it('names the participant that is not an id', () => {
    expect(refusal(() => parseNewInteraction({ ...call, contactIds: [CONTACT, 'ada'] }, NOW)).field).toBe(
      'input.contactIds.1',
    );
    expect(refusal(() => parseNewInteraction({ ...call, externalParticipants: [''] }, NOW)).field).toBe(
      'input.externalParticipants.0',
    );
    const crowd = Array.from({ length: 51 }, (_, i) => `Guest ${i}`);
    expect(refusal(() => parseNewInteraction({ ...call, externalParticipants: crowd }, NOW)).field).toBe(
      'input.externalParticipants',
    );
  });

  it('refuses a customer id that is not a UUID and an unknown outcome', () => {
    expect(refusal(() => parseNewInteraction({ ...call, customerId: 'acme' }, NOW)).field).toBe(
      'input.customerId',
    );
    expect(refusal(() => parseNewInteraction({ ...call, outcome: 'GREAT' }, NOW)).field).toBe(
      'input.outcome',
    );
  });
});

describe('applyInteractionChanges', () => {
  const current: InteractionDetails = {
    type: 'EMAIL',
    direction: 'INBOUND',
    occurredAt: new Date('2026-11-20T09:00:00.000Z'),
    durationMinutes: null,
    contactIds: [CONTACT],
    userIds: [],
    externalParticipants: ['Ada'],
    summary: 'Asked for a price list.',
    outcome: null,
    outcomeNote: null,
  };

  it('changes only the fields given; null clears an optional one', () => {
    const changed = applyInteractionChanges(
      { ...current, outcome: 'NEUTRAL', outcomeNote: 'later' },
      { summary: 'Asked for the 2027 price list.', outcomeNote: null },
      NOW,
    );
    expect(changed).toEqual({
      ...current,
      outcome: 'NEUTRAL',
      summary: 'Asked for the 2027 price list.',
      outcomeNote: null,
    });
  });

  it('checks the record as a whole: turning an email into a call needs a duration', () => {
    expect(refusal(() => applyInteractionChanges(current, { type: 'CALL' }, NOW)).field).toBe(
      'input.durationMinutes',
    );
    expect(applyInteractionChanges(current, { type: 'CALL', durationMinutes: 10 }, NOW)).toMatchObject({
      type: 'CALL',
      durationMinutes: 10,
    });
  });

  it('returns the details only, whatever else the stored row carries', () => {
    const row = { ...current, id: 'x', version: 3, customerId: 'c', createdAt: new Date() };
    expect(applyInteractionChanges(row, { outcome: 'POSITIVE' }, NOW)).toEqual({
      ...current,
      outcome: 'POSITIVE',
    });
  });

  it('refuses null for a field every record has', () => {
    expect(refusal(() => applyInteractionChanges(current, { summary: null }, NOW)).field).toBe(
      'input.summary',
    );
    expect(refusal(() => applyInteractionChanges(current, { type: null }, NOW)).field).toBe('input.type');
  });
});
