export {
  bootstrapDatabase,
  dropDatabase,
  serviceDatabaseUrl,
  type BootstrapOptions,
} from './bootstrap-database';
export { ensurePostgres, type PostgresServer } from './ensure-postgres';
