import { readFileSync } from 'fs';
import path from 'path';
import { Client, escapeIdentifier } from 'pg';
import { databaseRoleOf, SERVICE_NAMES, type ServiceName } from '@crm/config';

export interface BootstrapOptions {
  adminUrl: string;
  databaseName: string;
  log?: (message: string) => void;
}

// Any constant works; it only has to be the same for every bootstrap run against one cluster.
const BOOTSTRAP_LOCK_KEY = 4_242_001;
const BOOTSTRAP_SQL = path.join(__dirname, 'bootstrap.sql');

/**
 * Creates the database if missing, then its per-service roles and schemas (bootstrap.sql).
 * Idempotent; concurrent runs against one cluster wait for each other, since roles are
 * cluster-wide even when the databases differ.
 */
export async function bootstrapDatabase(options: BootstrapOptions): Promise<void> {
  const { adminUrl, databaseName, log = () => undefined } = options;
  const admin = await connect(adminUrl);
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK_KEY]);
    await createDatabaseIfMissing(admin, databaseName, log);
    await applyBootstrapSql(withDatabase(adminUrl, databaseName), log);
  } finally {
    await admin.end(); // ending the session releases the advisory lock
  }
}

/** Drops the database, disconnecting whoever is still using it (for resetting test databases). */
export async function dropDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const admin = await connect(adminUrl);
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(databaseName)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The URL a service connects with: the admin's server, the service's own role (DESIGN §5). */
export function serviceDatabaseUrl(adminUrl: string, databaseName: string, service: ServiceName): string {
  const url = new URL(withDatabase(adminUrl, databaseName));
  url.username = databaseRoleOf(service);
  url.password = databaseRoleOf(service);
  return url.toString();
}

function withDatabase(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(databaseName)}`;
  return url.toString();
}

async function connect(connectionString: string): Promise<Client> {
  const client = new Client({ connectionString });
  await client.connect();
  return client;
}

async function createDatabaseIfMissing(admin: Client, databaseName: string, log: (m: string) => void) {
  const { rowCount } = await admin.query('SELECT FROM pg_database WHERE datname = $1', [databaseName]);
  if (rowCount) {
    log(`database ${databaseName} already exists`);
    return;
  }
  await admin.query(`CREATE DATABASE ${escapeIdentifier(databaseName)}`);
  log(`created database ${databaseName}`);
}

async function applyBootstrapSql(databaseUrl: string, log: (m: string) => void): Promise<void> {
  const client = await connect(databaseUrl);
  client.on('notice', (notice) => log(notice.message ?? String(notice)));
  try {
    await client.query("SELECT set_config('crm.services', $1, false)", [SERVICE_NAMES.join(',')]);
    await client.query(readFileSync(BOOTSTRAP_SQL, 'utf8'));
    log(`roles and schemas in place for ${SERVICE_NAMES.join(', ')}`);
  } finally {
    await client.end();
  }
}
