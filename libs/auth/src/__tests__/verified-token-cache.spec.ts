import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../access-token';
import type { Caller } from '../caller';
import { loadSigningKey } from '../signing-key';
import { USER_TOKEN } from '../token-kinds';
import { cachingVerifier } from '../verified-token-cache';

const caller: Caller = { userId: 'u-1', roles: [], teamId: null, managedUserIds: [] };

describe('cachingVerifier', () => {
  it('verifies a token once until it expires, and never caches a refusal', async () => {
    const key = await loadSigningKey(undefined, join(mkdtempSync(join(tmpdir(), 'keys-')), 'k.jwk'));
    const token = await signToken(caller, key, USER_TOKEN, '5m');
    let calls = 0;
    const verify = cachingVerifier(async (t) => {
      calls++;
      if (t !== token) throw new Error('bad token');
      return caller;
    });
    await verify(token);
    await verify(token);
    expect(calls).toBe(1);
    await expect(verify('other')).rejects.toThrow('bad token');
    await expect(verify('other')).rejects.toThrow('bad token');
    expect(calls).toBe(3);
  });

  it('verifies again once the token has expired', async () => {
    const key = await loadSigningKey(undefined, join(mkdtempSync(join(tmpdir(), 'keys-')), 'k.jwk'));
    const expired = await signToken(caller, key, USER_TOKEN, '-1s');
    let calls = 0;
    const verify = cachingVerifier(async () => {
      calls++;
      return caller;
    });
    await verify(expired);
    await verify(expired);
    expect(calls).toBe(2);
  });
});
