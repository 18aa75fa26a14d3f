import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { waitUntil } from './wait-until';

const REPOSITORY_ROOT = path.join(__dirname, '..', '..', '..');
const TAIL_LINES = 40;
const STOP_GRACE_MS = 10_000;

/**
 * One app (a subgraph or the gateway) as it runs when deployed: its own Node process running its
 * bundle (dist/apps/<app>/main.js, built by the suite's global setup), so a scenario can kill -9
 * it, freeze it (SIGSTOP) and start it again on the same port with the same environment.
 */
export class AppProcess {
  private child: ChildProcess | undefined;
  private readonly tail: string[] = [];

  constructor(
    readonly name: string,
    private readonly app: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get isRunning(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Its last output lines, for a failure message. */
  get lastLines(): string {
    return this.tail.map((line) => `  ${this.name} | ${line}`).join('\n');
  }

  start(): void {
    if (this.isRunning) throw new Error(`${this.name} is already running`);
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', path.join('dist', 'apps', this.app, 'main.js')],
      { cwd: REPOSITORY_ROOT, env: { ...childBaseEnv(), ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => this.remember(line));
    }
    this.child = child;
  }

  /** Waits until `path` answers 200 (e.g. /readyz), or fails with the app's last lines. */
  async waitUntilAnswering(urlPath: string, timeoutMs = 90_000): Promise<void> {
    await waitUntil(
      `${this.name} to answer 200 on ${urlPath}`,
      async () => {
        if (!this.isRunning) throw new Error(`${this.name} exited:\n${this.lastLines}`);
        return (await fetch(`${this.baseUrl}${urlPath}`)).ok;
      },
      { timeoutMs, intervalMs: 200 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.lastLines}`);
    });
  }

  /** kill -9; returns once the process is gone (its sockets closed by the kernel). */
  kill(): Promise<void> {
    return this.signalAndWait('SIGKILL');
  }

  /** SIGSTOP: the process keeps its sockets open and answers nothing. */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  /** SIGTERM (after thawing), SIGKILL after a grace period. */
  async stop(): Promise<void> {
    if (!this.isRunning) return;
    this.thaw();
    const killLater = setTimeout(() => this.child?.kill('SIGKILL'), STOP_GRACE_MS);
    await this.signalAndWait('SIGTERM');
    clearTimeout(killLater);
  }

  private signalAndWait(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.isRunning) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  private remember(line: string): void {
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
  }
}

/**
 * The environment every app starts from: this machine's, without what the Jest run set for its
 * shared broker and database (a topic prefix, the test database), which a scenario never uses.
 */
function childBaseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || name.startsWith('CRM_TEST_') || name.startsWith('JEST_')) continue;
    env[name] = value;
  }
  return { ...env, KAFKA_TOPIC_PREFIX: '', NODE_ENV: 'test', APOLLO_TELEMETRY_DISABLED: '1' };
}
