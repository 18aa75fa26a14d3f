import { isShortCircuit } from './subgraph-breaker';

/** A subgraph answered, but with a 5xx: it could not execute the request at all. */
export class SubgraphUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SubgraphUnavailableError';
  }
}

interface FetchFailure {
  name?: unknown;
  code?: unknown;
}

const SOCKET_REASONS: Record<string, string> = {
  ECONNREFUSED: 'it refused the connection',
  ECONNRESET: 'it dropped the connection',
  EPIPE: 'it dropped the connection',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'its host cannot be reached',
  ENOTFOUND: 'its host name does not resolve',
  EAI_AGAIN: 'its host name does not resolve',
  // undici's own errors (https://undici.nodejs.org/#/docs/api/Errors)
  UND_ERR_SOCKET: 'it dropped the connection',
  UND_ERR_CLOSED: 'it dropped the connection',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
};

const UNDICI_TIMEOUTS = ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'];

/**
 * Why a subgraph fetch failed, when the subgraph is unavailable (refused, timed out, 5xx, breaker
 * open), in words that name no address; undefined for any other failure (a bug stays a bug).
 */
export function unavailabilityOf(error: unknown, timeoutMs: number): string | undefined {
  if (isShortCircuit(error)) return 'it failed repeatedly, so calls to it are paused for a few seconds';
  if (error instanceof SubgraphUnavailableError) return error.reason;
  if (typeof error !== 'object' || error === null) return undefined;
  const failure = error as FetchFailure;
  const code = typeof failure.code === 'string' ? failure.code : '';
  // undici rejects with the signal's reason once our AbortSignal.timeout fires: a TimeoutError.
  if (failure.name === 'AbortError' || failure.name === 'TimeoutError' || UNDICI_TIMEOUTS.includes(code))
    return `it did not answer within ${timeoutMs} ms`;
  // A socket error: Node's own (ECONNREFUSED, …) or undici's (UND_ERR_SOCKET, …).
  if (SOCKET_REASONS[code]) return SOCKET_REASONS[code];
  return /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code) ? `the network failed (${code})` : undefined;
}
