import { GraphQLError } from 'graphql';

/** `extensions.code` of a request refused for coming too often; the gateway answers it with 429. */
export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * Too many attempts: try again in `retryAfterSeconds`, which the gateway also sends as the
 * `Retry-After` header of an HTTP 429 (RFC 6585 §4).
 */
export function rateLimitedError(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: RATE_LIMITED, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) },
  });
}
