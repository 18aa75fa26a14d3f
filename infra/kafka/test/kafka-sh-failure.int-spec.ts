// `kafka.sh up` on a broker that cannot start: the log it names must exist and say why.
// Each case uses free ports and a temporary directory, never the shared broker.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@crm/testing';

const KAFKA_SCRIPT = path.join(__dirname, '..', 'kafka.sh');

function kafkaUp(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [KAFKA_SCRIPT, 'up'], { env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('kafka.sh up when the broker cannot start', () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crm-kafka-failure-'));
    env = {
      KAFKA_BROKER_PORT: String(await freePort()),
      KAFKA_CONTROLLER_PORT: String(await freePort()),
      KAFKA_DATA_DIR: dataDir,
    };
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('names a log that exists when Java is missing', async () => {
    const { code, stderr } = await kafkaUp({ ...env, JAVA_HOME: path.join(dataDir, 'no-jdk') });

    const log = path.join(dataDir, 'kafka.log');
    expect(code).not.toBe(0);
    expect(stderr).toContain(`Log: ${log}`);
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toContain('is not installed');
  });

  it("names the log with the broker's own error and prints its tail when the broker exits", async () => {
    // Something else holds the controller port: the broker process starts, then gives up.
    const squatter = net.createServer();
    await new Promise<void>((resolve) =>
      squatter.listen(Number(env.KAFKA_CONTROLLER_PORT), '127.0.0.1', resolve),
    );
    try {
      const { code, stderr } = await kafkaUp(env);

      const log = path.join(dataDir, 'kafka.log');
      expect(code).not.toBe(0);
      expect(stderr).toContain(`Log: ${log}`);
      expect(readFileSync(log, 'utf8')).toMatch(/Address already in use/);
      expect(stderr).toMatch(/Address already in use/);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 120_000);
});
