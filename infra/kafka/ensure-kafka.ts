import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { Kafka, logLevel } from 'kafkajs';

const KAFKA_SCRIPT = path.join(__dirname, 'kafka.sh');
const REACHABLE_WITHIN_MS = 3_000;
const POLL_EVERY_MS = 500;

/** True once `describeCluster()` answers on `brokers`, polling until `timeoutMs` has passed. */
export async function isKafkaReachable(brokers: string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remainingMs = deadline - Date.now();
    if (await describeClusterWithin(brokers, Math.max(remainingMs, 1))) return true;
    if (Date.now() + POLL_EVERY_MS >= deadline) return false;
    await sleep(POLL_EVERY_MS);
  }
}

/** The address of the broker kafka.sh runs (KAFKA_BROKER_PORT, default 9092), by both its names. */
function localBrokers(): string[] {
  const port = process.env.KAFKA_BROKER_PORT ?? '9092';
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Where kafka.sh writes the broker's log (KAFKA_DATA_DIR, default .cache/kafka). */
export function localKafkaLogFile(): string {
  const dataDir = process.env.KAFKA_DATA_DIR ?? path.join(__dirname, '..', '..', '.cache', 'kafka');
  return path.resolve(dataDir, 'kafka.log');
}

/**
 * Makes sure a Kafka cluster answers on `brokers`. The local dev broker (127.0.0.1:9092, or
 * KAFKA_BROKER_PORT) is started with infra/kafka/kafka.sh when it is down; any other address
 * is the caller's to run.
 */
export async function ensureKafka(
  brokers: string[],
  log: (message: string) => void = console.log,
): Promise<{ startedHere: boolean }> {
  if (await isKafkaReachable(brokers, REACHABLE_WITHIN_MS)) return { startedHere: false };
  const address = brokers.join(',');
  if (brokers.length !== 1 || !localBrokers().includes(brokers[0])) {
    throw new Error(
      `KAFKA_BROKERS=${address} cannot be reached (no describeCluster answer within ` +
        `${REACHABLE_WITHIN_MS / 1000} s). Start that cluster, or unset KAFKA_BROKERS to use ` +
        'the local broker from infra/kafka/kafka.sh.',
    );
  }
  log(`Kafka does not answer on ${address}; starting it with: bash infra/kafka/kafka.sh up`);
  await startLocalKafka(log);
  return { startedHere: true };
}

/** Stops the broker that `kafka.sh up` started; a no-op when it is not running. */
export function stopLocalKafka(): void {
  const result = spawnSync('bash', [KAFKA_SCRIPT, 'down'], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`bash infra/kafka/kafka.sh down failed (exit ${result.status ?? result.signal})`);
  }
}

async function describeClusterWithin(brokers: string[], timeoutMs: number): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'ensure-kafka',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 1_000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  }).admin();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = admin
    .connect()
    .then(() => admin.describeCluster())
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}

function startLocalKafka(log: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [KAFKA_SCRIPT, 'up'], { stdio: ['ignore', 'pipe', 'pipe'] });
    readline.createInterface({ input: child.stdout }).on('line', log);
    readline.createInterface({ input: child.stderr }).on('line', log);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `bash infra/kafka/kafka.sh up failed (exit ${code ?? signal}); its log: ${localKafkaLogFile()}`,
          ),
        );
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
