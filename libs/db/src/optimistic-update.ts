import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, notFound } from '@crm/errors';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
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
  throw conflict(
    `${metadata.name} ${id} was changed by someone else (version ${(current as T).version}, you had ${expectedVersion}); reload and retry`,
  );
}
