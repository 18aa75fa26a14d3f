import { decodeJwt } from 'jose';
import type { Caller } from './caller';

/**
 * Remembers tokens already verified until they expire, so a caller's repeated requests pay for
 * one ES256 verification, not one each. Bounded: the oldest entry leaves when it is full.
 */
export function cachingVerifier(
  verify: (token: string) => Promise<Caller>,
  maxEntries = 10_000,
): (token: string) => Promise<Caller> {
  const verified = new Map<string, { caller: Caller; expiresAtMs: number }>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && hit.expiresAtMs > Date.now()) return hit.caller;
    verified.delete(token);
    const caller = await verify(token);
    const { exp } = decodeJwt(token);
    if (exp) {
      if (verified.size >= maxEntries) verified.delete(verified.keys().next().value as string);
      verified.set(token, { caller, expiresAtMs: exp * 1000 });
    }
    return caller;
  };
}
