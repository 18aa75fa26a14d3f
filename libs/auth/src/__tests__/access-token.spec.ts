import { bearerTokenOf, InvalidTokenError, signAccessToken, verifyAccessToken } from '../access-token';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

describe('access tokens', () => {
  it('round-trips the caller', async () => {
    const token = await signAccessToken({ userId: 'u-1', roles: ['ADMIN'] }, secret);
    await expect(verifyAccessToken(token, secret)).resolves.toEqual({ userId: 'u-1', roles: ['ADMIN'] });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signAccessToken({ userId: 'u-1', roles: [] }, `${secret}-other`);
    await expect(verifyAccessToken(token, secret)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an expired token', async () => {
    const token = await signAccessToken({ userId: 'u-1', roles: [] }, secret, '-1s');
    await expect(verifyAccessToken(token, secret)).rejects.toThrow(/ERR_JWT_EXPIRED/);
  });

  it('refuses an unsigned alg:none token', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ sub: 'u-1', iss: 'crm-platform' })}.`;
    await expect(verifyAccessToken(unsigned, secret)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('reads bearer headers', () => {
    expect(bearerTokenOf('Bearer abc')).toBe('abc');
    expect(bearerTokenOf('Basic abc')).toBeUndefined();
    expect(bearerTokenOf(undefined)).toBeUndefined();
  });
});
