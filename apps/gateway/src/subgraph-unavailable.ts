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
  type?: unknown;
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
};

/**
 * Why a subgraph fetch failed, when the subgraph is unavailable (refused, timed out, 5xx, breaker
 * open), in words that name no address; undefined for any other failure (a bug stays a bug).
 */
export function unavailabilityOf(error: unknown, timeoutMs: number): string | undefined {
  if (isShortCircuit(error)) return 'it failed repeatedly, so calls to it are paused for a few seconds';
  if (error instanceof SubgraphUnavailableError) return error.reason;
  if (typeof error !== 'object' || error === null) return undefined;
  const failure = error as FetchFailure;
  // node-fetch rejects an aborted fetch (our AbortSignal.timeout) with an AbortError.
  if (failure.name === 'AbortError' || failure.name === 'TimeoutError')
    return `it did not answer within ${timeoutMs} ms`;
  // node-fetch's FetchError of type "system" wraps a socket error (error.code).
  if (failure.name === 'FetchError' && failure.type === 'system') {
    const code = typeof failure.code === 'string' ? failure.code : '';
    return SOCKET_REASONS[code] ?? `the network failed (${code || 'unknown error'})`;
  }
  return undefined;
}
