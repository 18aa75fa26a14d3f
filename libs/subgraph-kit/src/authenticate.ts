import { GraphQLError } from 'graphql';
import {
  bearerTokenOf,
  INTERNAL_TOKEN_ISSUER,
  InvalidTokenError,
  remoteKeySet,
  verifyToken,
  type Caller,
  type TokenKind,
} from '@crm/auth';
import { ErrorCode } from '@crm/errors';
import type { JWTVerifyGetKey } from 'jose';

export const unauthenticatedError = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });

/** Verifies `Authorization: Bearer <token>` against a key set; no token or a bad one is UNAUTHENTICATED. */
export async function authenticate(
  authorization: string | undefined,
  keys: JWTVerifyGetKey,
  kind: TokenKind,
): Promise<Caller> {
  const token = bearerTokenOf(authorization);
  if (!token) throw unauthenticatedError('Send an access token: Authorization: Bearer <token>');
  try {
    return await verifyToken(token, keys, kind);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticatedError(error.message);
    throw error;
  }
}

/**
 * A subgraph accepts only the gateway's internal token minted for it (audience = the service),
 * on every request, `_entities` included (DESIGN §6): a direct call to its port is refused.
 */
export function internalTokenAuthenticator(service: string, gatewayJwksUrl: string) {
  const keys = remoteKeySet(gatewayJwksUrl);
  const kind = { issuer: INTERNAL_TOKEN_ISSUER, audience: service };
  return (authorization: string | undefined) => authenticate(authorization, keys, kind);
}
