import 'reflect-metadata';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { observingLogger } from './query-observer';

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own Postgres schema (DESIGN §5). */
  schema: string;
  // TypeORM's own option type: entity classes or schemas.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

const POOL_CONNECTION_TIMEOUT_MS = 10_000;

/** A TypeORM data source bound to one service schema: snake_case names, migrations only, no synchronize. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Errors reach the API's error formatter; statements go to the observer only.
    logging: ['query'],
    logger: observingLogger(options.schema),
    extra: {
      max: options.poolSize ?? 10,
      // After an outage a connection attempt or a wait for a pool slot must fail, never hang: the
      // consumers treat the failure as transient and try again; a hang would stall them for good.
      connectionTimeoutMillis: POOL_CONNECTION_TIMEOUT_MS,
      keepAlive: true,
      application_name: options.applicationName ?? `crm-${options.schema}`,
      // public second, as the bootstrap sets it for the role: pg_trgm lives there (nothing else can).
      options: `-c search_path=${options.schema},public`,
    },
  });
}
