import { backoffDelay, sleep } from './backoff';

/** What a retry reports: a pino logger fits. */
export interface RetryLog {
  warn(details: object, message: string): void;
}

export interface KafkaStartupRetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  /** How to wait between attempts; tests pass one that returns at once. */
  wait?: (ms: number) => Promise<void>;
}

/**
 * kafkajs marks the errors worth retrying (`retriable`), also on the cause of a
 * KafkaJSNumberOfRetriesExceeded: UNKNOWN_TOPIC_OR_PARTITION right after a topic is created,
 * LEADER_NOT_AVAILABLE, a broker that is still starting.
 */
export function isRetriableKafkaError(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { retriable?: unknown }).retriable === true) return true;
  }
  return false;
}

/**
 * Runs one Kafka step of a service's startup again, with backoff, while it fails with a
 * retriable error: a fresh broker answers before its topics have leaders. Other errors, and
 * the last retriable one, are thrown.
 */
export async function withKafkaStartupRetry<T>(
  step: string,
  run: () => Promise<T>,
  log: RetryLog,
  options: KafkaStartupRetryOptions = {},
): Promise<T> {
  const { attempts = 10, baseMs = 250, maxMs = 8_000, wait = sleep } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetriableKafkaError(error)) throw error;
      const retryInMs = backoffDelay(attempt, baseMs, maxMs);
      log.warn({ err: error, attempt, retryInMs }, `${step} failed with a retriable Kafka error; retrying`);
      await wait(retryInMs);
    }
  }
}
