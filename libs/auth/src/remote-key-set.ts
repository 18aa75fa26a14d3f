import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/**
 * Verification keys fetched from a JWKS URL and cached; an unknown key id (a rotated or
 * restarted signer) triggers a refetch after at most a second.
 */
export function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 1_000, cacheMaxAge: 10 * 60_000 });
}
