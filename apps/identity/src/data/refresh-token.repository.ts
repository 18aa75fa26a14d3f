import { IsNull, type EntityManager } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

export function insertRefreshToken(manager: EntityManager, token: RefreshToken): Promise<unknown> {
  return manager.insert(RefreshToken, token);
}

/** The token with this hash, locked until the transaction ends, so one token rotates once. */
export function lockRefreshTokenByHash(
  manager: EntityManager,
  tokenHash: Buffer,
): Promise<RefreshToken | null> {
  return manager.findOne(RefreshToken, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
}

export async function revokeRefreshToken(
  manager: EntityManager,
  id: string,
  now: Date,
  replacedBy: string | null = null,
): Promise<void> {
  await manager.update(RefreshToken, { id, revokedAt: IsNull() }, { revokedAt: now, replacedBy });
}

/** Ends every session of a user: on reuse of a revoked token, deactivation or a new password. */
export async function revokeRefreshTokensOf(
  manager: EntityManager,
  userId: string,
  now: Date,
): Promise<void> {
  await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: now });
}
