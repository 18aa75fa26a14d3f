import { CrmError } from '@crm/errors';
import {
  assertEditable,
  assertKeepsStart,
  assertReachable,
  assertSchedulable,
  dayOf,
  isDueToComplete,
  isDueToStart,
  parseCancellationReason,
} from '../campaign-lifecycle';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmError);
    return (error as CrmError).field;
  }
  throw new Error('expected a CrmError');
};

describe('campaign lifecycle', () => {
  const campaign = (
    status: 'DRAFT' | 'SCHEDULED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED',
    startsOn: string | null,
    endsOn: string | null,
  ) => ({
    status,
    startsOn,
    endsOn,
  });

  it('judges days in UTC', () => {
    expect(dayOf(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(dayOf(new Date('2026-03-02T00:00:00.000Z'))).toBe('2026-03-02');
  });

  it('schedules a draft with a start date, and nothing else', () => {
    expect(() => assertSchedulable(campaign('DRAFT', '2026-03-01', null), 'id')).not.toThrow();
    expect(() => assertSchedulable(campaign('DRAFT', null, null), 'id')).toThrow(/needs startsOn/);
    expect(() => assertSchedulable(campaign('ACTIVE', '2026-03-01', null), 'id')).toThrow(
      /cannot move from ACTIVE/,
    );
    expect(fieldOf(() => assertSchedulable(campaign('SCHEDULED', '2026-03-01', null), 'id'))).toBe('id');
  });

  it('starts a scheduled campaign on its start day, not before', () => {
    expect(isDueToStart(campaign('SCHEDULED', '2026-03-01', null), '2026-02-28')).toBe(false);
    expect(isDueToStart(campaign('SCHEDULED', '2026-03-01', null), '2026-03-01')).toBe(true);
    expect(isDueToStart(campaign('SCHEDULED', '2026-03-01', null), '2026-04-01')).toBe(true);
    expect(isDueToStart(campaign('DRAFT', '2026-03-01', null), '2026-03-01')).toBe(false);
    expect(isDueToStart(campaign('CANCELLED', '2026-03-01', null), '2026-03-01')).toBe(false);
  });

  it('completes an active campaign the day after its last day', () => {
    expect(isDueToComplete(campaign('ACTIVE', '2026-03-01', '2026-03-31'), '2026-03-31')).toBe(false);
    expect(isDueToComplete(campaign('ACTIVE', '2026-03-01', '2026-03-31'), '2026-04-01')).toBe(true);
    expect(isDueToComplete(campaign('ACTIVE', '2026-03-01', null), '2099-01-01')).toBe(false);
    expect(isDueToComplete(campaign('SCHEDULED', '2026-03-01', '2026-03-31'), '2026-04-01')).toBe(false);
  });

  it('keeps final campaigns as they are', () => {
    expect(() => assertEditable('ACTIVE', 'id')).not.toThrow();
    expect(() => assertEditable('COMPLETED', 'id')).toThrow(/COMPLETED campaign can no longer be changed/);
    expect(fieldOf(() => assertEditable('CANCELLED', 'id'))).toBe('id');
  });

  it('keeps the start date of a scheduled campaign', () => {
    expect(fieldOf(() => assertKeepsStart('SCHEDULED', null, 'input.startsOn'))).toBe('input.startsOn');
    expect(() => assertKeepsStart('DRAFT', null, 'input.startsOn')).not.toThrow();
  });

  it('reaches members once scheduled, and after it ends, but not as a draft or when cancelled', () => {
    for (const status of ['SCHEDULED', 'ACTIVE', 'COMPLETED'] as const)
      expect(() => assertReachable(status, 'memberId')).not.toThrow();
    for (const status of ['DRAFT', 'CANCELLED'] as const)
      expect(fieldOf(() => assertReachable(status, 'memberId'))).toBe('memberId');
  });

  it('takes a cancellation reason of 1 to 500 characters', () => {
    expect(parseCancellationReason('  Fair called off ', 'reason')).toBe('Fair called off');
    expect(fieldOf(() => parseCancellationReason('  ', 'reason'))).toBe('reason');
    expect(fieldOf(() => parseCancellationReason('x'.repeat(501), 'reason'))).toBe('reason');
  });
});
