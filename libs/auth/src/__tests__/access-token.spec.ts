import { createLocalJWKSet, SignJWT } from 'jose';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '../caller';
import { bearerTokenOf, InvalidTokenError, signToken, verifyToken } from '../access-token';
import { jwksOf, loadSigningKey, type SigningKey } from '../signing-key';
import { USER_TOKEN } from '../token-kinds';

const caller: Caller = { userId: 'u-1', roles: ['SALES_MANAGER'], teamId: 't-1', managedUserIds: ['u-2'] };
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('access tokens', () => {
  let key: SigningKey;
  let otherKey: SigningKey;
  const keys = () => createLocalJWKSet(jwksOf(key));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    key = await loadSigningKey(undefined, join(dir, 'a.jwk'));
    otherKey = await loadSigningKey(undefined, join(dir, 'b.jwk'));
  });

  it('round-trip the caller', async () => {
    const token = await signToken(caller, key, USER_TOKEN, '15m');
    await expect(verifyToken(token, keys(), USER_TOKEN)).resolves.toEqual(caller);
  });

  it('keep a development key across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const first = await loadSigningKey(undefined, join(dir, 'k.jwk'));
    const again = await loadSigningKey(undefined, join(dir, 'k.jwk'));
    expect(again.kid).toBe(first.kid);
    expect(first.publicJwk.d).toBeUndefined();
  });

  it.each([
    ['signed by another key', () => signToken(caller, otherKey, USER_TOKEN, '15m')],
    ['expired', () => signToken(caller, key, USER_TOKEN, '-1s')],
    ['for another audience', () => signToken(caller, key, { ...USER_TOKEN, audience: 'sales' }, '15m')],
    ['from another issuer', () => signToken(caller, key, { ...USER_TOKEN, issuer: 'crm-gateway' }, '15m')],
    ['tampered', async () => `${(await signToken(caller, key, USER_TOKEN, '15m')).slice(0, -6)}AAAAAA`],
    [
      'unsigned (alg: none)',
      async () => `${encode({ alg: 'none', kid: key.kid })}.${encode({ sub: 'u-1', ...USER_TOKEN })}.`,
    ],
    [
      'signed by the right key but without an expiry',
      () =>
        new SignJWT({ roles: ['ADMIN'] })
          .setProtectedHeader({ alg: 'ES256', kid: key.kid })
          .setSubject('u-1')
          .setIssuer(USER_TOKEN.issuer)
          .setAudience(USER_TOKEN.audience)
          .setIssuedAt()
          .sign(key.privateKey),
    ],
    [
      'HMAC-signed with the public key as secret',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256', kid: key.kid })
          .setSubject('u-1')
          .setIssuer(USER_TOKEN.issuer)
          .setAudience(USER_TOKEN.audience)
          .sign(new TextEncoder().encode(JSON.stringify(key.publicJwk))),
    ],
  ])('refuse a token %s', async (_case, makeToken) => {
    await expect(verifyToken(await makeToken(), keys(), USER_TOKEN)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('read bearer headers', () => {
    expect(bearerTokenOf('Bearer abc')).toBe('abc');
    expect(bearerTokenOf('Basic abc')).toBeUndefined();
    expect(bearerTokenOf(undefined)).toBeUndefined();
  });
});
