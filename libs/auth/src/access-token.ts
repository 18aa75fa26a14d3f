import { errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Caller } from './caller';
import { SIGNING_ALGORITHM, type SigningKey } from './signing-key';
import type { TokenKind } from './token-kinds';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`Invalid access token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** Signs a token (RFC 7519) carrying the caller: subject, roles, team, the users they manage. */
export async function signToken(
  caller: Caller,
  key: SigningKey,
  kind: TokenKind,
  expiresIn: string,
): Promise<string> {
  return new SignJWT({ roles: caller.roles, team: caller.teamId, managed: caller.managedUserIds })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(caller.userId)
    .setIssuer(kind.issuer)
    .setAudience(kind.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Verifies signature (ES256 only, so `alg: none` and HMAC confusion never pass), issuer,
 * audience and expiry (which must be there), and returns the caller.
 */
export async function verifyToken(token: string, keys: JWTVerifyGetKey, kind: TokenKind): Promise<Caller> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: kind.issuer,
      audience: kind.audience,
      algorithms: [SIGNING_ALGORITHM],
      // A token without an expiry would be valid forever once leaked (RFC 8725 §3.10).
      requiredClaims: ['exp'],
    });
    if (!payload.sub) throw new InvalidTokenError('no subject');
    return {
      userId: payload.sub,
      roles: strings(payload.roles),
      teamId: typeof payload.team === 'string' ? payload.team : null,
      managedUserIds: strings(payload.managed),
    };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
    throw error;
  }
}

/** Extracts the token from an `Authorization: Bearer <token>` header value. */
export function bearerTokenOf(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
