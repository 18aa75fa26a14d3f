import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import readline from 'node:readline';
import type { ServiceConfig } from '@crm/config';

const repositoryRoot = join(__dirname, '..', '..', '..', '..');

/** The environment that makes a subgraph process start with `config` (as `npm start` would pass it). */
function environmentOf(config: ServiceConfig): Record<string, string> {
  return {
    NODE_ENV: config.nodeEnv,
    PORT: String(config.port),
    DATABASE_URL: config.databaseUrl,
    KAFKA_BROKERS: config.kafkaBrokers.join(','),
    KAFKA_GROUP_ID: config.consumerGroupId,
    KAFKA_START_FROM: config.consumerStartFrom,
    OUTBOX_POLL_INTERVAL_MS: String(config.outboxPollIntervalMs),
    GATEWAY_JWKS_URL: config.gatewayJwksUrl,
    LOG_LEVEL: config.logLevel,
  };
}

/** A subgraph running as its own Node process (its main.ts), as deployed: it can be restarted for real. */
export class SubgraphProcess {
  private readonly child: ChildProcess;
  readonly exited: Promise<void>;
  /** The figures of its "subgraph ready" log line (logged at info; at a higher level, never). */
  readonly ready: Promise<{ startupMs: number; processUptimeMs: number }>;

  constructor(config: ServiceConfig) {
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', join('apps', config.service, 'src', 'main.ts')],
      {
        cwd: repositoryRoot,
        // The test run's KAFKA_TOPIC_PREFIX comes along with the rest of this process's environment.
        env: { ...process.env, ...environmentOf(config) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    const output = this.child.stdout;
    this.ready = new Promise((resolve) => {
      readline.createInterface({ input: output! }).on('line', (line) => {
        if (line.includes('subgraph ready')) resolve(JSON.parse(line));
      });
    });
  }

  /** SIGTERM, as a container stop sends it; resolves once the process is gone. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
