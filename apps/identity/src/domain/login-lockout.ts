import { v5 as uuidv5 } from 'uuid';

export interface LockoutPolicy {
  /** Failed logins that lock: the one that reaches this count starts the lockout. */
  failures: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
  /** How long a lockout lasts; every login (even with the right password) is refused meanwhile. */
  lockSeconds: number;
}

/**
 * Consecutive wrong passwords for one account (a success forgives them). Short enough that a
 * lockout an attacker causes on purpose ends on its own (OWASP Authentication Cheat Sheet,
 * "Account Lockout").
 */
export const ACCOUNT_LOCKOUT: LockoutPolicy = { failures: 10, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

/** Failed logins from one client address across accounts: password spraying. */
export const CLIENT_ADDRESS_LOCKOUT: LockoutPolicy = {
  failures: 100,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
};

/** Namespace of the audit ids of client addresses (RFC 9562 name-based UUIDs). */
const CLIENT_ADDRESS_NAMESPACE = '1d4f9c52-6a1e-5b6f-9a53-4c1f2b7e0a11';

/**
 * The audit trail's entity id of a client address (audit ids are UUIDs): the same address always
 * has the same trail, `auditTrail(entityType: "ClientAddress", entityId: <this>)`.
 */
export function clientAddressAuditId(address: string): string {
  return uuidv5(address.toLowerCase(), CLIENT_ADDRESS_NAMESPACE);
}

/** A lockout a failed login just started. */
export interface Lockout {
  kind: 'ACCOUNT' | 'CLIENT_ADDRESS';
  clientAddress: string;
  lockedUntil: Date;
}

export interface LockoutAuditEntry {
  action: 'lockOutLogin';
  entityType: 'User' | 'ClientAddress';
  entityId: string;
  before: null;
  after: { lockedUntil: string; clientAddress: string };
}

/**
 * Where a lockout shows in the audit trail: on the user's own trail, or on the client address's.
 * An unknown email's lockout has no user to show it on (the address's count still catches sprays).
 */
export function lockoutAuditEntry(lockout: Lockout, userId: string | null): LockoutAuditEntry | null {
  const after = { lockedUntil: lockout.lockedUntil.toISOString(), clientAddress: lockout.clientAddress };
  if (lockout.kind === 'CLIENT_ADDRESS')
    return {
      action: 'lockOutLogin',
      entityType: 'ClientAddress',
      entityId: clientAddressAuditId(lockout.clientAddress),
      before: null,
      after,
    };
  return userId
    ? { action: 'lockOutLogin', entityType: 'User', entityId: userId, before: null, after }
    : null;
}
