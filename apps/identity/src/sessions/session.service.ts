import { decodeJwt } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { signToken, USER_TOKEN, type SigningKey } from '@crm/auth';
import { newId } from '@crm/db';
import { unauthenticated } from '@crm/errors';
import { RefreshToken } from '../data/refresh-token.entity';
import {
  insertRefreshToken,
  lockRefreshTokenByHash,
  revokeRefreshToken,
  revokeRefreshTokensOf,
} from '../data/refresh-token.repository';
import { User } from '../data/user.entity';
import { findManagedUserIds, findUserWithPasswordByEmail } from '../data/user.repository';
import { callerOf } from '../domain/access-claims';
import { verifyPassword } from '../domain/password-hash';
import {
  hashRefreshToken,
  isWellFormedRefreshToken,
  newRefreshToken,
  refreshTokenState,
} from '../domain/refresh-token';

/** Short, so a deactivated user or a role change is felt within minutes without a revocation list. */
export const ACCESS_TOKEN_TTL = '15m';

// One message for every failure, so login does not tell which emails have accounts.
const LOGIN_FAILED = 'Wrong email or password';
const REFRESH_REFUSED = 'This refresh token is invalid, expired or revoked; log in again';

export interface AccessToken {
  accessToken: string;
  accessTokenExpiresAt: Date;
}

export interface AuthPayload extends AccessToken {
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** A user access token for `user` as the directory knows them now (roles, team, reports). */
export async function accessTokenFor(
  manager: EntityManager,
  user: User,
  key: SigningKey,
  expiresIn = ACCESS_TOKEN_TTL,
): Promise<AccessToken> {
  const caller = callerOf(user, await findManagedUserIds(manager, user.id));
  const accessToken = await signToken(caller, key, USER_TOKEN, expiresIn);
  return { accessToken, accessTokenExpiresAt: new Date((decodeJwt(accessToken).exp ?? 0) * 1000) };
}

/**
 * Logins and their sessions: an access token signed by identity's key, and a rotating refresh
 * token stored only as its hash.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signingKey: SigningKey,
  ) {}

  async login(email: string, password: string): Promise<AuthPayload> {
    const user = await findUserWithPasswordByEmail(this.dataSource.manager, email);
    // Verify even without a usable hash, so every failure costs the same time.
    const matches = await verifyPassword(user?.active ? user.passwordHash : null, password);
    if (!user || !matches) throw unauthenticated(LOGIN_FAILED);
    return this.dataSource.transaction((manager) => this.startSession(manager, user, new Date()));
  }

  /** Trades a live refresh token for new tokens; the old one is revoked and points at its successor. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    if (!isWellFormedRefreshToken(refreshToken)) throw unauthenticated(REFRESH_REFUSED);
    // The transaction commits the revocations even when the answer is a refusal.
    const payload = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const stored = await lockRefreshTokenByHash(manager, hashRefreshToken(refreshToken));
      const state = refreshTokenState(stored, now);
      if (!stored || state === 'unknown' || state === 'expired') return null;
      if (state === 'reused') {
        // Someone holds a copy of a token already used: end every session of that user.
        await revokeRefreshTokensOf(manager, stored.userId, now);
        return null;
      }
      const user = await manager.findOneBy(User, { id: stored.userId });
      if (!user?.active) {
        await revokeRefreshTokensOf(manager, stored.userId, now);
        return null;
      }
      return this.startSession(manager, user, now, stored.id);
    });
    if (!payload) throw unauthenticated(REFRESH_REFUSED);
    return payload;
  }

  /** Revokes the refresh token; true whether or not it was still live, so it reveals nothing. */
  async logout(refreshToken: string): Promise<boolean> {
    if (!isWellFormedRefreshToken(refreshToken)) return true;
    await this.dataSource.transaction(async (manager) => {
      const stored = await lockRefreshTokenByHash(manager, hashRefreshToken(refreshToken));
      if (stored && !stored.revokedAt) await revokeRefreshToken(manager, stored.id, new Date());
    });
    return true;
  }

  private async startSession(
    manager: EntityManager,
    user: User,
    now: Date,
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
      ...(await accessTokenFor(manager, user, this.signingKey)),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user: Object.assign(new User(), publicUser),
    };
  }
}
