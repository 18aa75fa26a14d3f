import { isRetriableKafkaError } from './kafka-startup-retry';

/**
 * Why applying an event failed. A `transient` failure is the world, not the event: the database or
 * Kafka is away or busy, and the same event will apply once it is back, so the consumer waits it out
 * for as long as it takes. A `deterministic` failure is the event itself (invalid, or a rule rejects
 * it): retrying a few times is enough, then it goes to the dead-letter topic.
 */
export type FailureKind = 'transient' | 'deterministic';

/**
 * SQLSTATEs that say "try again later" (https://www.postgresql.org/docs/current/errcodes-appendix.html):
 * the 08 class (connection exception) is matched by prefix.
 */
const TRANSIENT_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping or the backend was terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting or in recovery
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
]);

/** Socket errors of a server that is down, restarting or out of reach. */
const TRANSIENT_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // A database host name that stops resolving during a failover.
  'ENOTFOUND',
]);

/** What node-postgres, pg-pool and TypeORM say when the connection, not the statement, failed. */
const TRANSIENT_MESSAGES = [
  /^Connection terminated/, // pg: unexpectedly, due to connection timeout, or while ending
  /^timeout exceeded when trying to connect/, // pg-pool: no connection within connectionTimeoutMillis
  /is not queryable/, // pg: a client whose connection broke
  /^Connection with ".*" database is not established/, // TypeORM: the data source is not connected
];

/** kafkajs errors of a broker that is down or unreachable, also when not marked `retriable`. */
const TRANSIENT_KAFKA_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSBrokerNotFound',
]);

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
}

/** The error and what it wraps: `cause`, TypeORM's `driverError`, an AggregateError's `errors`. */
function* errorChain(error: unknown, depth = 0): Generator<ErrorFields> {
  if (depth > 8 || typeof error !== 'object' || error === null) return;
  const fields = error as ErrorFields;
  yield fields;
  yield* errorChain(fields.cause, depth + 1);
  yield* errorChain(fields.driverError, depth + 1);
  if (Array.isArray(fields.errors)) {
    for (const inner of fields.errors) yield* errorChain(inner, depth + 1);
  }
}

function isTransientLink({ name, code, message }: ErrorFields): boolean {
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SOCKET_CODES.has(code)) return true;
  }
  if (typeof name === 'string' && TRANSIENT_KAFKA_ERRORS.has(name)) return true;
  return typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message));
}

/** Tells an outage (wait it out) from a poison message (dead-letter it after its retries). */
export function failureKindOf(error: unknown): FailureKind {
  if (isRetriableKafkaError(error)) return 'transient';
  for (const link of errorChain(error)) {
    if (isTransientLink(link)) return 'transient';
  }
  return 'deterministic';
}

/** A one-line cause for logs and `/readyz`, e.g. `connect ECONNREFUSED 127.0.0.1:5432`. */
export function failureSummary(error: unknown): string {
  // An AggregateError (Node trying each address of a host) has an empty message of its own.
  for (const link of errorChain(error)) {
    if (typeof link.message === 'string' && link.message) return link.message;
  }
  return error instanceof Error ? error.name : String(error);
}
