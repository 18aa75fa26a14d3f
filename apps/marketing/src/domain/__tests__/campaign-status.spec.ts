import { CrmError } from '@crm/errors';
import {
  assertTransition,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TRANSITIONS,
  canTransition,
  INITIAL_CAMPAIGN_STATUS,
} from '../campaign-status';

describe('campaign status', () => {
  it('starts as a DRAFT', () => {
    expect(INITIAL_CAMPAIGN_STATUS).toBe('DRAFT');
  });

  it.each([
    ['DRAFT', 'SCHEDULED'],
    ['SCHEDULED', 'ACTIVE'],
    ['ACTIVE', 'COMPLETED'],
    ['DRAFT', 'CANCELLED'],
    ['SCHEDULED', 'CANCELLED'],
    ['ACTIVE', 'CANCELLED'],
  ] as const)('follows the lifecycle from %s to %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to, 'input.status')).not.toThrow();
  });

  it.each([
    ['DRAFT', 'ACTIVE'],
    ['DRAFT', 'COMPLETED'],
    ['ACTIVE', 'DRAFT'],
    ['SCHEDULED', 'SCHEDULED'],
    ['COMPLETED', 'CANCELLED'],
    ['CANCELLED', 'DRAFT'],
  ] as const)('refuses to move from %s to %s, naming the field', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to, 'input.status')).toThrow(CrmError);
    expect(() => assertTransition(from, to, 'input.status')).toThrow(
      /^input\.status: a campaign cannot move/,
    );
  });

  it('tells where a campaign can go instead', () => {
    expect(() => assertTransition('DRAFT', 'ACTIVE', 'status')).toThrow(
      'status: a campaign cannot move from DRAFT to ACTIVE; from DRAFT it can go to SCHEDULED, CANCELLED',
    );
    expect(() => assertTransition('COMPLETED', 'ACTIVE', 'status')).toThrow(/COMPLETED is final/);
  });

  it('knows every status, and only moves between known ones', () => {
    expect(CAMPAIGN_STATUSES).toEqual(['DRAFT', 'SCHEDULED', 'ACTIVE', 'COMPLETED', 'CANCELLED']);
    for (const targets of Object.values(CAMPAIGN_TRANSITIONS)) {
      for (const target of targets) expect(CAMPAIGN_STATUSES).toContain(target);
    }
  });
});
