/**
 * Tells "the database cannot be reached" from a bug, so an outage reaches clients as
 * SERVICE_UNAVAILABLE (retry later) and a bug stays a masked INTERNAL_SERVER_ERROR.
 */

/** Socket errors of a connection that could not be made or was cut (Node's `error.code`). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of an unreachable or stopping server (https://www.postgresql.org/docs/current/errcodes-appendix.html):
 * class 08 connection exception, 57P01 admin shutdown (also `pg_terminate_backend`), 57P02 crash
 * shutdown, 57P03 cannot connect now (starting up), 53300 too many connections.
 */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300';

/** What node-postgres says when its connection or its pool gives up, without a code. */
const DRIVER_MESSAGES = [
  /^Connection terminated/, // the server closed the socket (restart, pg_terminate_backend, network)
  /timeout exceeded when trying to connect/, // pg-pool: no connection within connectionTimeoutMillis
  /^Client has encountered a connection error and is not queryable/,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  /** TypeORM's QueryFailedError keeps the driver's error here. */
  driverError?: unknown;
  /** Node's AggregateError when every address of a host refused (e.g. localhost: ::1 and 127.0.0.1). */
  errors?: unknown;
}

function isUnavailableItself(error: ErrorLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (SOCKET_CODES.has(code) || isUnavailableSqlState(code)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}

/** True when `error`, or an error it wraps, says the database could not be reached or dropped the connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const candidate = error as ErrorLike;
  if (isUnavailableItself(candidate)) return true;
  const wrapped = [
    candidate.driverError,
    candidate.cause,
    ...(Array.isArray(candidate.errors) ? candidate.errors : []),
  ];
  return wrapped.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
