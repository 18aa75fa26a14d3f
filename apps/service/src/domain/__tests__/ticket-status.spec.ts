import { CrmError } from '@crm/errors';
import {
  assertTransition,
  canTransition,
  INITIAL_TICKET_STATUS,
  TICKET_STATUSES,
  TICKET_TRANSITIONS,
} from '../ticket-status';

describe('ticket status', () => {
  it('starts NEW', () => {
    expect(INITIAL_TICKET_STATUS).toBe('NEW');
  });

  it.each([
    ['NEW', 'ASSIGNED'],
    ['ASSIGNED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'WAITING_ON_CUSTOMER'],
    ['WAITING_ON_CUSTOMER', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'RESOLVED'],
    ['WAITING_ON_CUSTOMER', 'RESOLVED'],
    ['RESOLVED', 'CLOSED'],
    ['RESOLVED', 'ARCHIVED'],
    ['RESOLVED', 'IN_PROGRESS'],
    ['CLOSED', 'ARCHIVED'],
  ] as const)('follows the lifecycle from %s to %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to, 'input.status')).not.toThrow();
  });

  it.each([
    ['NEW', 'RESOLVED'],
    ['NEW', 'IN_PROGRESS'],
    ['ASSIGNED', 'CLOSED'],
    ['CLOSED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['ARCHIVED', 'NEW'],
  ] as const)('refuses to skip or go back from %s to %s, naming the field', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to, 'input.status')).toThrow(CrmError);
    expect(() => assertTransition(from, to, 'input.status')).toThrow(
      new RegExp(`^input\\.status: a ticket cannot move from ${from} to ${to}`),
    );
  });

  it('tells where a ticket can go instead', () => {
    expect(() => assertTransition('IN_PROGRESS', 'CLOSED', 'status')).toThrow(
      'status: a ticket cannot move from IN_PROGRESS to CLOSED; from IN_PROGRESS it can go to WAITING_ON_CUSTOMER, RESOLVED',
    );
    expect(() => assertTransition('ARCHIVED', 'CLOSED', 'status')).toThrow(/ARCHIVED is final/);
  });

  it('knows every status, and only moves between known ones', () => {
    expect(TICKET_STATUSES).toEqual([
      'NEW',
      'ASSIGNED',
      'IN_PROGRESS',
      'WAITING_ON_CUSTOMER',
      'RESOLVED',
      'CLOSED',
      'ARCHIVED',
    ]);
    for (const targets of Object.values(TICKET_TRANSITIONS)) {
      for (const target of targets) expect(TICKET_STATUSES).toContain(target);
    }
  });
});
