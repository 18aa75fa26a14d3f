import { createHash, randomBytes } from 'node:crypto';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** 32 random bytes, base64url: 43 characters. */
const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface NewRefreshToken {
  /** Handed to the client once; never stored. */
  token: string;
  /** What the database keeps. */
  hash: Buffer;
  expiresAt: Date;
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function newRefreshToken(now: Date): NewRefreshToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token), expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS) };
}

export function isWellFormedRefreshToken(token: string): boolean {
  return REFRESH_TOKEN_PATTERN.test(token);
}

export interface StoredRefreshToken {
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * What presenting a stored refresh token means. A revoked one shown again was stolen or replayed
 * (OAuth 2.0 Security BCP, RFC 9700 §4.14.2: refresh token rotation with reuse detection).
 */
export function refreshTokenState(
  stored: StoredRefreshToken | null,
  now: Date,
): 'unknown' | 'reused' | 'expired' | 'live' {
  if (!stored) return 'unknown';
  if (stored.revokedAt) return 'reused';
  if (stored.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'live';
}
