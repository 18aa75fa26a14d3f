import { GraphQLError } from 'graphql';
import {
  bearerTokenOf,
  cachingVerifier,
  INTERNAL_TOKEN_ISSUER,
  InvalidTokenError,
  remoteKeySet,
  verifyToken,
  type Caller,
  type TokenKind,
} from '@crm/auth';
import { ErrorCode } from '@crm/errors';

/**
 * A 401 names the scheme it wants (RFC 6750 §3): `Bearer`, with `error="invalid_token"` when a
 * token was sent but refused.
 */
export function unauthenticatedError(message: string, tokenSent = false): GraphQLError {
  const challenge = tokenSent
    ? `Bearer realm="crm", error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"`
    : 'Bearer realm="crm"';
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.Unauthenticated,
      http: { status: 401, headers: new Map([['www-authenticate', challenge]]) },
    },
  });
}

export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

/**
 * Verifies `Authorization: Bearer <token>` against the keys at `jwksUrl` for one kind of token;
 * no token or a bad one is UNAUTHENTICATED. Verified tokens are remembered until they expire.
 */
export function bearerAuthenticator(jwksUrl: string, kind: TokenKind): Authenticator {
  const keys = remoteKeySet(jwksUrl);
  const verify = cachingVerifier((token) => verifyToken(token, keys, kind));
  return async (authorization) => {
    const token = bearerTokenOf(authorization);
    if (!token) throw unauthenticatedError('Send an access token: Authorization: Bearer <token>');
    try {
      return await verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticatedError(error.message, true);
      throw error;
    }
  };
}

/**
 * A subgraph accepts only the gateway's internal token minted for it (audience = the service),
 * on every request, `_entities` included (DESIGN §6): a direct call to its port is refused.
 */
export function internalTokenAuthenticator(service: string, gatewayJwksUrl: string): Authenticator {
  return bearerAuthenticator(gatewayJwksUrl, { issuer: INTERNAL_TOKEN_ISSUER, audience: service });
}
