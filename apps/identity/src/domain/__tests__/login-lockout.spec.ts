import {
  ACCOUNT_LOCKOUT,
  CLIENT_ADDRESS_LOCKOUT,
  clientAddressAuditId,
  lockoutAuditEntry,
} from '../login-lockout';

const USER = '01950c80-0000-7000-8000-00000000a11c';
const lockedUntil = new Date('2026-12-03T10:15:00.000Z');

describe('login lockout', () => {
  it('locks an account sooner than an address, and for less time', () => {
    expect(ACCOUNT_LOCKOUT.failures).toBeLessThan(CLIENT_ADDRESS_LOCKOUT.failures);
    expect(ACCOUNT_LOCKOUT.lockSeconds).toBeLessThan(CLIENT_ADDRESS_LOCKOUT.lockSeconds);
  });

  it("puts an account lockout on the user's trail, none for an unknown email", () => {
    const lockout = { kind: 'ACCOUNT' as const, clientAddress: '203.0.113.7', lockedUntil };
    expect(lockoutAuditEntry(lockout, USER)).toEqual({
      action: 'lockOutLogin',
      entityType: 'User',
      entityId: USER,
      before: null,
      after: { lockedUntil: '2026-12-03T10:15:00.000Z', clientAddress: '203.0.113.7' },
    });
    expect(lockoutAuditEntry(lockout, null)).toBeNull();
  });

  it("puts an address lockout on the address's trail, whose id is stable per address", () => {
    const lockout = { kind: 'CLIENT_ADDRESS' as const, clientAddress: '2001:DB8::1', lockedUntil };
    expect(lockoutAuditEntry(lockout, USER)).toMatchObject({
      entityType: 'ClientAddress',
      entityId: clientAddressAuditId('2001:db8::1'),
    });
    expect(clientAddressAuditId('203.0.113.7')).not.toBe(clientAddressAuditId('203.0.113.8'));
    expect(clientAddressAuditId('203.0.113.7')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
