import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** How busy a data source's connection pool is now (node-postgres' own counters). */
export interface ConnectionPoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** The node-postgres pool TypeORM opened for the data source (its `master`; no replicas here). */
export function connectionPoolUseOf(dataSource: DataSource): ConnectionPoolUse | undefined {
  const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
  if (!pool) return undefined;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}
