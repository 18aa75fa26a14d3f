import { errors, jwtVerify, SignJWT } from 'jose';
import { badUserInput } from '@crm/errors';

/** What a link in a message does: count an open (pixel), count a click and redirect, or unsubscribe. */
export type TrackingAction = 'open' | 'click' | 'unsubscribe';

export interface TrackingClaims {
  messageId: string;
  action: TrackingAction;
  /** Where a click goes. */
  url?: string;
}

const ALGORITHM = 'HS256';

/**
 * Signs a link's claims (HMAC-SHA256, jose), so no one can forge an unsubscribe or a click for
 * another message. Links never expire: an unsubscribe link must work for as long as the mail is kept.
 */
export function signTrackingLink(claims: TrackingClaims, secret: Uint8Array): Promise<string> {
  return new SignJWT({ a: claims.action, ...(claims.url ? { u: claims.url } : {}) })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.messageId)
    .sign(secret);
}

/** The claims of a link this service signed; BAD_USER_INPUT on `field` for anything else. */
export async function verifyTrackingLink(
  token: string,
  secret: Uint8Array,
  field: string,
): Promise<TrackingClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: [ALGORITHM] });
    const action = payload.a;
    if (
      typeof payload.sub !== 'string' ||
      (action !== 'open' && action !== 'click' && action !== 'unsubscribe')
    ) {
      throw new errors.JWTInvalid('unexpected claims');
    }
    return { messageId: payload.sub, action, ...(typeof payload.u === 'string' ? { url: payload.u } : {}) };
  } catch (error) {
    if (error instanceof errors.JOSEError) throw badUserInput(field, 'is not a valid link of this service');
    throw error;
  }
}
