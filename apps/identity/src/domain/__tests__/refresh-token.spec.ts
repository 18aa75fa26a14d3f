import {
  hashRefreshToken,
  isWellFormedRefreshToken,
  newRefreshToken,
  REFRESH_TOKEN_TTL_MS,
  refreshTokenState,
} from '../refresh-token';

describe('refresh tokens', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');

  it('are 32 random bytes in base64url, kept as their SHA-256, valid 30 days', () => {
    const issued = newRefreshToken(now);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.token, 'base64url')).toHaveLength(32);
    expect(issued.hash).toEqual(hashRefreshToken(issued.token));
    expect(issued.hash).toHaveLength(32);
    expect(issued.expiresAt.toISOString()).toBe('2026-12-24T10:00:00.000Z');
    expect(REFRESH_TOKEN_TTL_MS).toBe(30 * 86_400_000);
    expect(newRefreshToken(now).token).not.toBe(issued.token);
  });

  it('refuses anything not shaped like one before touching the database', () => {
    expect(isWellFormedRefreshToken(newRefreshToken(now).token)).toBe(true);
    expect(isWellFormedRefreshToken('')).toBe(false);
    expect(isWellFormedRefreshToken('x'.repeat(44))).toBe(false);
    expect(isWellFormedRefreshToken(`${'x'.repeat(42)}=`)).toBe(false);
  });

  it.each([
    ['unknown', null],
    ['live', { expiresAt: new Date('2026-11-25T00:00:00Z'), revokedAt: null }],
    ['expired', { expiresAt: now, revokedAt: null }],
    ['reused', { expiresAt: new Date('2026-11-25T00:00:00Z'), revokedAt: new Date('2026-11-24T09:00:00Z') }],
    ['reused', { expiresAt: new Date('2026-11-01T00:00:00Z'), revokedAt: new Date('2026-10-24T09:00:00Z') }],
  ])('a stored token is %s', (state, stored) => {
    expect(refreshTokenState(stored, now)).toBe(state);
  });
});
