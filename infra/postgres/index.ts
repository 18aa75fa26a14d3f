export { bootstrapDatabase, dropDatabase, serviceDatabaseUrl, type BootstrapOptions } from './bootstrap';
export { ensurePostgres, type PostgresServer } from './ensure-postgres';
