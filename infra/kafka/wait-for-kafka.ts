// Waits until Kafka answers describeCluster() on KAFKA_BROKERS (default 127.0.0.1:9092).
//   npx tsx infra/kafka/wait-for-kafka.ts [--pid <broker pid>]
// Exits 0 when ready, 1 after 60 s or as soon as the broker process given by --pid exits.
import { readFileSync } from 'node:fs';
import { isKafkaReachable } from './ensure-kafka';

const TIMEOUT_MS = 60_000;
const ATTEMPT_MS = 2_000;
const REPORT_EVERY_MS = 10_000;

async function waitForKafka(brokers: string[], brokerPid: number | undefined): Promise<boolean> {
  const address = brokers.join(',');
  const started = Date.now();
  let nextReport = started + REPORT_EVERY_MS;
  console.log(`[kafka] Waiting for Kafka to answer on ${address} (up to ${TIMEOUT_MS / 1000} s)`);
  while (Date.now() - started < TIMEOUT_MS) {
    if (brokerPid !== undefined && !isProcessAlive(brokerPid)) {
      console.error(`[kafka] The broker process (pid ${brokerPid}) exited before it became ready.`);
      return false;
    }
    const attemptMs = Math.min(ATTEMPT_MS, TIMEOUT_MS - (Date.now() - started));
    if (await isKafkaReachable(brokers, attemptMs)) {
      console.log(`[kafka] Kafka answers on ${address} after ${seconds(Date.now() - started)} s`);
      return true;
    }
    if (Date.now() >= nextReport) {
      console.log(`[kafka]   still waiting (${seconds(Date.now() - started)} s)`);
      nextReport += REPORT_EVERY_MS;
    }
  }
  console.error(`[kafka] Kafka did not answer describeCluster on ${address} within ${TIMEOUT_MS / 1000} s.`);
  return false;
}

// A zombie still answers kill(pid, 0), so read its state where /proc exists.
function isProcessAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

function parsePid(args: string[]): number | undefined {
  const index = args.indexOf('--pid');
  if (index === -1) return undefined;
  const pid = Number(args[index + 1]);
  if (!Number.isInteger(pid) || pid <= 0)
    throw new Error(`--pid needs a process id (got ${args[index + 1]})`);
  return pid;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((broker) => broker.trim());
waitForKafka(brokers, parsePid(process.argv.slice(2))).then(
  (ready) => process.exit(ready ? 0 : 1),
  (error: unknown) => {
    console.error(`[kafka] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
