import type { EntityManager, EntityTarget } from 'typeorm';
import { conflict, notFound } from '@crm/errors';

/**
 * The row as this transaction will change it: locked FOR UPDATE, and CONFLICT when it moved on
 * since the caller read `version`, before any rule is checked against a state the caller never saw.
 */
export async function lockVersioned<T extends { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  field = 'input.id',
): Promise<T> {
  const name = manager.connection.getMetadata(entity).name;
  const row = await manager.findOne(entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(name, id, field);
  if (row.version !== version) {
    throw conflict(
      `${name} ${id} was changed by someone else (version ${row.version}, you had ${version}); reload and retry`,
    );
  }
  return row;
}
