import type { EntityManager } from 'typeorm';
import type { SigningKey } from '@crm/auth';
import { newId } from '@crm/db';
import { systemOrigin } from '@crm/events';
import { unauthenticated } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { RefreshToken } from '../data/refresh-token.entity';
import {
  insertRefreshToken,
  lockRefreshTokenByHash,
  revokeRefreshToken,
  revokeRefreshTokensOf,
} from '../data/refresh-token.repository';
import { User } from '../data/user.entity';
import { findUserWithPasswordByEmail } from '../data/user.repository';
import { lockoutAuditEntry } from '../domain/login-lockout';
import { verifyPassword } from '../domain/password-hash';
import {
  hashRefreshToken,
  isWellFormedRefreshToken,
  newRefreshToken,
  refreshTokenState,
} from '../domain/refresh-token';
import { accessTokenFor, type AccessToken } from '../sessions/access-token';
import type { LoginThrottle } from '../sessions/login-throttle';

// One message for every failure, so login does not tell which emails have accounts.
const LOGIN_FAILED = 'Wrong email or password';
const REFRESH_REFUSED = 'This refresh token is invalid, expired or revoked; log in again';

/** What signs sessions and guards logins: one per identity process. */
export interface SessionIssuer {
  signingKey: SigningKey;
  throttle: LoginThrottle;
}

export interface AuthPayload extends AccessToken {
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

export interface LoginAttempt {
  email: string;
  password: string;
  /** The client's address as the gateway saw it. */
  clientAddress?: string;
}

/**
 * Signs a user in: an access token and a rotating refresh token, stored only as its hash. Locked-out
 * accounts and addresses are refused before the password is checked; the failure that starts a
 * lockout records it in the audit trail.
 */
export async function logIn(
  scope: ChangeScope,
  { email, password, clientAddress }: LoginAttempt,
  issuer: SessionIssuer,
): Promise<AuthPayload> {
  await issuer.throttle.refuseLockedOut(email, clientAddress);
  // The change commits on failure too: a lockout's audit entry must be kept. The throttle, not the
  // anonymous caller, locks an account out: the system is the entry's actor.
  const throttleScope = { ...scope, origin: systemOrigin(scope.origin.correlationId) };
  const session = await runChange(throttleScope, async (change) => {
    const user = await findUserWithPasswordByEmail(change.manager, email);
    // Verify even without a usable hash, so every failure costs the same time.
    if (user && (await verifyPassword(user.active ? user.passwordHash : null, password))) {
      await issuer.throttle.forgive(email);
      return startSession(change.manager, user, new Date(), issuer.signingKey);
    }
    for (const lockout of await issuer.throttle.countFailure(email, clientAddress)) {
      const entry = lockoutAuditEntry(lockout, user?.id ?? null);
      if (entry) change.audit(entry);
    }
    return null;
  });
  if (!session) throw unauthenticated(LOGIN_FAILED);
  return session;
}

/** Trades a live refresh token for new tokens; the old one is revoked and points at its successor. */
export async function refreshSession(
  scope: ChangeScope,
  refreshToken: string,
  issuer: SessionIssuer,
): Promise<AuthPayload> {
  if (!isWellFormedRefreshToken(refreshToken)) throw unauthenticated(REFRESH_REFUSED);
  // The change commits the revocations even when the answer is a refusal.
  const payload = await runChange(scope, async (change) => {
    const now = new Date();
    const stored = await lockRefreshTokenByHash(change.manager, hashRefreshToken(refreshToken));
    const state = refreshTokenState(stored, now);
    if (!stored || state === 'unknown' || state === 'expired') return null;
    if (state === 'reused') {
      // Someone holds a copy of a token already used: end every session of that user.
      await revokeRefreshTokensOf(change.manager, stored.userId, now);
      return null;
    }
    const user = await change.manager.findOneBy(User, { id: stored.userId });
    if (!user?.active) {
      await revokeRefreshTokensOf(change.manager, stored.userId, now);
      return null;
    }
    return startSession(change.manager, user, now, issuer.signingKey, stored.id);
  });
  if (!payload) throw unauthenticated(REFRESH_REFUSED);
  return payload;
}

/** Revokes the refresh token; true whether or not it was still live, so it reveals nothing. */
export async function logOut(scope: ChangeScope, refreshToken: string): Promise<boolean> {
  if (!isWellFormedRefreshToken(refreshToken)) return true;
  await runChange(scope, async (change) => {
    const stored = await lockRefreshTokenByHash(change.manager, hashRefreshToken(refreshToken));
    if (stored && !stored.revokedAt) await revokeRefreshToken(change.manager, stored.id, new Date());
  });
  return true;
}

async function startSession(
  manager: EntityManager,
  user: User,
  now: Date,
  signingKey: SigningKey,
  replaces?: string,
): Promise<AuthPayload> {
  const refresh = newRefreshToken(now);
  const row = Object.assign(new RefreshToken(), {
    id: newId(),
    userId: user.id,
    tokenHash: refresh.hash,
    createdAt: now,
    expiresAt: refresh.expiresAt,
    revokedAt: null,
    replacedBy: null,
  });
  await insertRefreshToken(manager, row);
  if (replaces) await revokeRefreshToken(manager, replaces, now, row.id);
  const { passwordHash: _hash, ...publicUser } = user;
  return {
    ...(await accessTokenFor(manager, user, signingKey)),
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    user: Object.assign(new User(), publicUser),
  };
}
