import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@crm/testing';

const run = promisify(execFile);

/** Where initdb and pg_ctl live (Debian's layout); FAULTS_PG_BIN overrides it. */
const PG_BIN = process.env.FAULTS_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** Postgres refuses to run as root: root runs it as this system user instead. */
const PG_SYSTEM_USER = 'postgres';

/**
 * A Postgres cluster of one scenario's own (initdb into a temporary directory, trust auth, a
 * free port), so a scenario can stop it for 20 s without touching the shared server on 5432.
 * Durability settings are off: the suite kills processes, never the machine.
 */
export class PrivatePostgres {
  private constructor(
    private readonly directory: string,
    readonly port: number,
  ) {}

  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<PrivatePostgres> {
    const directory = mkdtempSync(path.join(tmpdir(), 'crm-faults-pg-'));
    const asRoot = userInfo().uid === 0;
    if (asRoot) chownSync(directory, ...(await systemUserIds()));
    const cluster = new PrivatePostgres(directory, await freePort());
    await cluster.pg('initdb', ['-D', cluster.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await cluster.start();
    return cluster;
  }

  private get dataDir(): string {
    return path.join(this.directory, 'data');
  }

  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.directory}`,
      '-c listen_addresses=127.0.0.1',
      // Speed without lying to the services: fsync and full-page writes only matter when the machine
      // crashes, but synchronous_commit=off would lose acknowledged commits in our own `immediate` stop.
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    const log = path.join(this.directory, 'postgres.log');
    await this.pg('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', log, '-w', 'start']);
  }

  /** `immediate` is a crash: every connection drops at once and nothing is flushed. */
  async stop(mode: 'fast' | 'immediate' = 'immediate'): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }

  private async pg(binary: string, args: string[]): Promise<void> {
    const command = path.join(PG_BIN, binary);
    if (userInfo().uid === 0) await run('runuser', ['-u', PG_SYSTEM_USER, '--', command, ...args]);
    else await run(command, args);
  }
}

async function systemUserIds(): Promise<[number, number]> {
  const [uid, gid] = await Promise.all(
    ['-u', '-g'].map(async (flag) => Number((await run('id', [flag, PG_SYSTEM_USER])).stdout.trim())),
  );
  return [uid, gid];
}
