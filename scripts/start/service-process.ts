import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import readline from 'node:readline';

const repositoryRoot = join(__dirname, '..', '..');
const STOP_GRACE_MS = 10_000;

/** An app that exited while nobody asked it to, with what it printed last. */
export interface AppFailure {
  app: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  lastLines: string[];
}

export class AppFailedError extends Error {
  constructor(readonly failure: AppFailure) {
    super(describeFailure(failure));
    this.name = 'AppFailedError';
  }
}

/** "customer exited with code 1; its last lines:" and the lines, for the terminal. */
export function describeFailure({ app, code, signal, lastLines }: AppFailure): string {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  if (lastLines.length === 0) return `${app} ${how} and printed nothing.`;
  return `${app} ${how}; its last lines:\n${lastLines.map((line) => `  | ${line}`).join('\n')}`;
}

export interface AppSupervisorOptions {
  /** How many of each app's last output lines to keep for the report (default 30). */
  tailLines?: number;
  /** Where each app's output goes as it comes (default: this process's stdout and stderr). */
  echo?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/**
 * Runs the apps of `npm start`, each in its own Node process, and notices the first one that
 * dies on its own: `failure` resolves with it (and its last output lines), so the caller can
 * stop everything instead of waiting forever for an app that is gone.
 */
export class AppSupervisor {
  readonly failure: Promise<AppFailure>;
  private reportFailure!: (failure: AppFailure) => void;
  private firstFailure: AppFailure | undefined;
  private readonly children = new Map<string, ChildProcess>();
  private readonly tails = new Map<string, string[]>();
  private stopping = false;

  constructor(private readonly options: AppSupervisorOptions = {}) {
    this.failure = new Promise((resolve) => (this.reportFailure = resolve));
  }

  /** The app that died first, if one did. */
  get failed(): AppFailure | undefined {
    return this.firstFailure;
  }

  /** Runs one app's main.ts, as it would run when deployed on its own. */
  startApp(app: string, env: Record<string, string>): void {
    this.start(app, process.execPath, ['--import', 'tsx', join('apps', app, 'src', 'main.ts')], env);
  }

  start(app: string, command: string, args: string[], env: Record<string, string>): void {
    const child = spawn(command, args, {
      cwd: repositoryRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.set(app, child);
    this.tails.set(app, []);
    this.follow(app, child.stdout, 'stdout');
    this.follow(app, child.stderr, 'stderr');
    // 'close' comes after the output streams ended, so the tail is complete.
    child.on('close', (code, signal) => {
      if (this.stopping || this.firstFailure) return;
      this.firstFailure = { app, code, signal, lastLines: this.lastLinesOf(app) };
      this.reportFailure(this.firstFailure);
    });
    child.on('error', (error) => this.remember(app, `could not run ${command}: ${error.message}`));
  }

  lastLinesOf(app: string): string[] {
    return [...(this.tails.get(app) ?? [])];
  }

  /** Waits for a startup step, or throws AppFailedError as soon as any app dies. */
  async whileRunning<T>(step: Promise<T>): Promise<T> {
    const died = this.failure.then((failure) => {
      throw new AppFailedError(failure);
    });
    return Promise.race([step, died]);
  }

  /** SIGTERM to every app still running, SIGKILL after 10 s; exits during a stop are no failure. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.children.values()].map(stopChild));
  }

  private follow(app: string, stream: NodeJS.ReadableStream, name: 'stdout' | 'stderr'): void {
    const echo =
      this.options.echo ??
      ((line: string) => (name === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`));
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      echo(line, name);
      this.remember(app, line);
    });
  }

  private remember(app: string, line: string): void {
    const tail = this.tails.get(app) ?? [];
    tail.push(line);
    if (tail.length > (this.options.tailLines ?? 30)) tail.shift();
    this.tails.set(app, tail);
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
  });
}

/** Polls an HTTP endpoint until it answers 200 (a service's /readyz or /healthz). */
export async function waitUntilHealthy(url: string, name: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}
