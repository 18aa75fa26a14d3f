import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@crm/testing';
import { waitUntil } from './wait-until';

const KAFKA_SCRIPT = path.join(__dirname, '..', '..', '..', 'infra', 'kafka', 'kafka.sh');

/**
 * A brand-new single-node broker of one scenario (infra/kafka/kafka.sh on free ports, storage
 * in a temporary directory), so a scenario can kill -9 it without touching the shared one.
 */
export class PrivateKafka {
  private constructor(
    private readonly env: Record<string, string>,
    readonly address: string,
  ) {}

  /** Ports and storage are chosen now; `up()` starts the broker (a scenario may start without it). */
  static async prepare(): Promise<PrivateKafka> {
    const port = await freePort();
    const env = {
      KAFKA_BROKER_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(await freePort()),
      KAFKA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'crm-faults-kafka-')),
      KAFKA_HEAP_OPTS: '-Xms128m -Xmx512m',
    };
    return new PrivateKafka(env, `127.0.0.1:${port}`);
  }

  /** Starts (or restarts, on the same storage) and waits until the broker answers. */
  up(): Promise<void> {
    return this.script('up');
  }

  /** A clean shutdown. */
  down(): Promise<void> {
    return this.script('down');
  }

  /** kill -9: no flush, no goodbye to clients; returns once the process is gone. */
  async kill(): Promise<void> {
    const pid = this.pid();
    if (pid === undefined) return;
    process.kill(pid, 'SIGKILL');
    await waitUntil('the killed broker to be gone', () => !isAlive(pid), { timeoutMs: 10_000 });
  }

  async destroy(): Promise<void> {
    await this.kill().catch(() => undefined);
    rmSync(this.env.KAFKA_DATA_DIR, { recursive: true, force: true });
  }

  private pid(): number | undefined {
    try {
      return Number(readFileSync(path.join(this.env.KAFKA_DATA_DIR, 'kafka.pid'), 'utf8').trim());
    } catch {
      return undefined;
    }
  }

  private script(command: 'up' | 'down'): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('bash', [KAFKA_SCRIPT, command], { env: { ...process.env, ...this.env } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`kafka.sh ${command} exited with ${code}:\n${output}`)),
      );
    });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2].startsWith('Z');
  } catch {
    return false;
  }
}
