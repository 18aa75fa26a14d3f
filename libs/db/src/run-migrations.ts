import type { DataSource } from 'typeorm';
import { schemaOf } from './schema-of';

/**
 * Runs pending migrations under a transaction-scoped advisory lock, so replicas of a service
 * starting together apply each migration once.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const schema = schemaOf(dataSource);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`migrations:${schema}`]);
    const applied = await dataSource.runMigrations({ transaction: 'none' });
    return applied.map((migration) => migration.name);
  });
}
