import { jwtVerify, SignJWT, errors } from 'jose';
import type { Caller } from './caller';

const ISSUER = 'crm-platform';
const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`Invalid access token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Signs a short-lived access token (RFC 7519) for `caller`. */
export async function signAccessToken(caller: Caller, secret: string, expiresIn = '15m'): Promise<string> {
  return new SignJWT({ roles: caller.roles })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(caller.userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(keyOf(secret));
}

/** Verifies signature, issuer and expiry; only HS256 is accepted, so `alg: none` never passes. */
export async function verifyAccessToken(token: string, secret: string): Promise<Caller> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, algorithms: [ALGORITHM] });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r) => typeof r === 'string') : [];
    if (!payload.sub) throw new InvalidTokenError('no subject');
    return { userId: payload.sub, roles };
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
