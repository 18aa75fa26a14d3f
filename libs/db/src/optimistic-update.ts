import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, notFound } from '@crm/errors';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
}

export interface LockOptions {
  /** The version the caller read; CONFLICT when the row moved on. Omitted: whatever is current. */
  version?: number | null;
  /** Where the id came from, for NOT_FOUND (e.g. `input.customerId`). */
  field?: string;
  /** FOR NO KEY UPDATE lets rows that reference this one be inserted meanwhile. */
  mode?: 'pessimistic_write' | 'for_no_key_update';
}

const staleVersion = (name: string, id: string, current: number, expected: number) =>
  conflict(
    `${name} ${id} was changed by someone else (version ${current}, you had ${expected}); reload and retry`,
  );

/**
 * The row as this transaction will change it: locked until the transaction ends, and CONFLICT
 * when it moved on since the caller read `version`, before any rule is checked against a state
 * the caller never saw. The one lock of the write path (DESIGN §3).
 */
export async function lockForChange<T extends VersionedRow>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  { version = null, field, mode = 'pessimistic_write' }: LockOptions = {},
): Promise<T> {
  const name = manager.connection.getMetadata(entity).name;
  const row = await manager.findOne(entity, { where: { id } as never, lock: { mode } });
  if (!row) throw notFound(name, id, field);
  if (version !== null && row.version !== version) throw staleVersion(name, id, row.version, version);
  return row;
}

/**
 * Updates one row only if its version is still the one the caller read, bumping the version.
 * TypeORM's @VersionColumn does not guard UPDATEs, so the check lives in the WHERE clause:
 * 0 affected rows means someone else changed (CONFLICT) or deleted (NOT_FOUND) the row.
 */
export async function updateWithVersion<T extends VersionedRow>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const current = await manager.findOne(entity, {
    where: { id } as never,
    select: { version: true } as never,
  });
  if (!current) throw notFound(metadata.name, id);
  throw staleVersion(metadata.name, id, (current as T).version, expectedVersion);
}
