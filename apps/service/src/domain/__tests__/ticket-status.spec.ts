import { CrmError } from '@crm/errors';
import {
  assertTransition,
  canTransition,
  INITIAL_TICKET_STATUS,
  assertMergeable,
  assertReopenable,
  moveOnCustomerReply,
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

describe('reopening and customer replies', () => {
  const resolvedAt = new Date('2026-12-01T10:00:00.000Z');
  const days = (n: number) => new Date(resolvedAt.getTime() + n * 24 * 60 * 60 * 1000);
  const resolved = { status: 'RESOLVED' as const, resolvedAt };

  it('reopens within the window, up to its last moment', () => {
    expect(() => assertReopenable(resolved, days(7), 7, 'input.to')).not.toThrow();
  });

  it('refuses to reopen after the window, naming from and to', () => {
    expect(() => assertReopenable(resolved, days(7.01), 7, 'input.to')).toThrow(
      /from RESOLVED to IN_PROGRESS after its 7-day reopen window/,
    );
  });

  it('only reopens a resolved ticket', () => {
    expect(() => assertReopenable({ status: 'CLOSED', resolvedAt }, days(1), 7, 'input.to')).toThrow(
      /from CLOSED to IN_PROGRESS/,
    );
  });

  it('a customer reply brings a waiting ticket back to work', () => {
    expect(moveOnCustomerReply({ status: 'WAITING_ON_CUSTOMER', resolvedAt: null }, days(0), 7)).toBe(
      'IN_PROGRESS',
    );
  });

  it('a customer reply reopens a resolved ticket within the window only', () => {
    expect(moveOnCustomerReply(resolved, days(3), 7)).toBe('IN_PROGRESS');
    expect(moveOnCustomerReply(resolved, days(8), 7)).toBeNull();
  });

  it('a customer reply leaves a ticket being worked where it is', () => {
    expect(moveOnCustomerReply({ status: 'IN_PROGRESS', resolvedAt: null }, days(0), 7)).toBeNull();
  });

  it('a duplicate may be merged away while open or resolved, not once done', () => {
    for (const status of ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED'] as const)
      expect(() => assertMergeable(status, 'input.duplicateId')).not.toThrow();
    expect(() => assertMergeable('CLOSED', 'input.duplicateId')).toThrow(/from CLOSED to CLOSED/);
  });
});
