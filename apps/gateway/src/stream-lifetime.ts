import { decodeJwt } from 'jose';
import { bearerTokenOf } from '@crm/auth';

/**
 * How long a stream opened with this (already verified) access token may stay open: until the
 * token expires. The client then reconnects with a fresh token, so a deactivated user's stream
 * ends within a token's lifetime (15 minutes) even though nothing checks it in between.
 */
/** The longest delay a Node timer keeps (a longer one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function streamLifetimeMs(authorization: string | undefined, nowMs: number): number {
  const token = bearerTokenOf(authorization);
  const expiresAt = token ? decodeJwt(token).exp : undefined;
  return expiresAt === undefined ? 0 : Math.min(MAX_TIMER_MS, Math.max(0, expiresAt * 1000 - nowMs));
}
