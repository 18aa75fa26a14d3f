import { decodeJwt } from 'jose';
import type { EntityManager } from 'typeorm';
import { signToken, USER_TOKEN, type SigningKey } from '@crm/auth';
import type { User } from '../data/user.entity';
import { findManagedUserIds } from '../data/user.repository';
import { callerOf } from '../domain/access-claims';

/**
 * Short, so a role change is felt within minutes without a revocation list; the gateway refuses a
 * deactivated user's tokens at once (it follows crm.identity.user.deactivated).
 */
export const ACCESS_TOKEN_TTL = '15m';

export interface AccessToken {
  accessToken: string;
  accessTokenExpiresAt: Date;
}

/** A user access token for `user` as the directory knows them now (roles, team, reports). */
export async function accessTokenFor(
  manager: EntityManager,
  user: User,
  key: SigningKey,
  expiresIn = ACCESS_TOKEN_TTL,
): Promise<AccessToken> {
  const caller = callerOf(user, await findManagedUserIds(manager, user.id));
  const accessToken = await signToken(caller, key, USER_TOKEN, expiresIn);
  return { accessToken, accessTokenExpiresAt: new Date((decodeJwt(accessToken).exp ?? 0) * 1000) };
}
