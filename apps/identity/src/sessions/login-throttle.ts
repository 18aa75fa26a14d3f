import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rateLimitedError } from '@crm/subgraph-kit';
import { LoginFailureCounter } from '../data/login-failure-counter';
import { ACCOUNT_LOCKOUT, CLIENT_ADDRESS_LOCKOUT, type Lockout } from '../domain/login-lockout';

/** Without an address (never through the gateway) all such logins share one count. */
const UNKNOWN_ADDRESS = 'unknown';

// Accounts are counted by a hash of the email: the table holds no typed-in emails, known or not.
const accountKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

/**
 * Brute-force protection of login: per account (consecutive failures) and per client address
 * (failures across accounts). A locked-out login is refused before its password is checked.
 */
export class LoginThrottle {
  private readonly accounts: LoginFailureCounter;
  private readonly addresses: LoginFailureCounter;

  constructor(dataSource: DataSource, schema: string) {
    this.accounts = new LoginFailureCounter(dataSource, schema, 'account', ACCOUNT_LOCKOUT);
    this.addresses = new LoginFailureCounter(dataSource, schema, 'address', CLIENT_ADDRESS_LOCKOUT);
  }

  /** RATE_LIMITED, with the seconds to wait, while the account or the address is locked out. */
  async refuseLockedOut(email: string, clientAddress = UNKNOWN_ADDRESS): Promise<void> {
    const seconds = Math.max(
      ...(await Promise.all([
        this.accounts.lockedForSeconds(accountKey(email)),
        this.addresses.lockedForSeconds(clientAddress),
      ])),
    );
    if (seconds > 0)
      throw rateLimitedError(`Too many failed logins; try again in ${seconds} seconds`, seconds);
  }

  /** Counts a failed login; the lockouts it started. */
  async countFailure(email: string, clientAddress = UNKNOWN_ADDRESS, now = new Date()): Promise<Lockout[]> {
    const [account, address] = await Promise.all([
      this.accounts.countFailure(accountKey(email)),
      this.addresses.countFailure(clientAddress),
    ]);
    const until = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    return [
      ...(account > 0 ? [{ kind: 'ACCOUNT' as const, clientAddress, lockedUntil: until(account) }] : []),
      ...(address > 0
        ? [{ kind: 'CLIENT_ADDRESS' as const, clientAddress, lockedUntil: until(address) }]
        : []),
    ];
  }

  /** A successful login forgives the account's failures (not the address's). */
  forgive(email: string): Promise<void> {
    return this.accounts.forget(accountKey(email));
  }
}
