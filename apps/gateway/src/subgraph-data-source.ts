import http from 'node:http';
import { parse } from 'graphql';
import fetch, { type RequestInit, type Response } from 'node-fetch';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { INTERNAL_TOKEN_ISSUER, signToken, type Caller, type SigningKey } from '@crm/auth';
import type { SubgraphBreakerSettings } from '@crm/config';
import type { Logger } from '@crm/logger';
import { CLIENT_ADDRESS_HEADER } from '@crm/subgraph-kit';
import type { GatewayRequestContext } from './gateway-request-context';
import { clientErrorsAsGraphQLResponse } from './subgraph-client-errors';
import { SubgraphBreaker } from './subgraph-breaker';
import { SubgraphUnavailableError, unavailabilityOf } from './subgraph-unavailable';
import { unavailableFieldErrors } from './unavailable-field-errors';

export interface SubgraphFetchOptions {
  name: string;
  url: string;
  timeoutMs: number;
  maxSockets: number;
  signingKey: SigningKey;
  breaker: SubgraphBreakerSettings;
  logger: Logger;
}

/** A 5xx means the subgraph could not execute the request at all: unavailable, for the breaker too. */
async function unavailableOnServerError(response: Response): Promise<Response> {
  if (response.status < 500) return response;
  await response.text().catch(() => undefined); // drained, so the socket goes back to the pool
  throw new SubgraphUnavailableError(`it answered HTTP ${response.status}`);
}

const INTERNAL_TOKEN_LIFETIME_S = 60;
/** A minted token is reused while it has at least this long to live. */
const REUSE_WHILE_VALID_FOR_MS = 20_000;
const MAX_CACHED_TOKENS = 10_000;
const IDLE_SOCKET_TIMEOUT_MS = 30_000;

/**
 * Calls one subgraph: keep-alive sockets from a bounded pool, an explicit timeout per fetch
 * (@apollo/gateway has none by default) and a circuit breaker. Identity travels as a short-lived
 * token the gateway signs for this subgraph alone; no client header is forwarded. A subgraph's
 * client errors pass through with their codes. When the subgraph is unavailable the fetch answers
 * SERVICE_UNAVAILABLE errors on the paths of the fields it would have resolved, so the client gets
 * the other subgraphs' data and learns which fields are missing, and never the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayRequestContext> {
  /** One signature per caller and minute rather than per fetch: ES256 signing is not free. */
  private readonly minted = new Map<string, { token: string; expiresAtMs: number }>();
  readonly breaker: SubgraphBreaker<[string, RequestInit], Response>;

  constructor(private readonly options: SubgraphFetchOptions) {
    const agent = new http.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets,
      // An idle pooled socket is closed here before the subgraph closes it (its keep-alive lasts
      // longer, SUBGRAPH_KEEP_ALIVE_MS): reusing one the server just closed fails with ECONNRESET.
      timeout: IDLE_SOCKET_TIMEOUT_MS,
    });
    const breaker = new SubgraphBreaker(
      options.name,
      (url: string, init: RequestInit) =>
        fetch(url, { ...init, agent, signal: AbortSignal.timeout(options.timeoutMs) }).then(
          unavailableOnServerError,
        ),
      options.breaker,
      options.logger,
    );
    const fetcher = ((url: string, init: RequestInit) =>
      breaker.call(url, init).then(clientErrorsAsGraphQLResponse)) as unknown as Fetcher;
    super({ url: options.url, fetcher });
    this.breaker = breaker;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayRequestContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      const reason = unavailabilityOf(error, this.options.timeoutMs);
      if (!reason) throw error;
      const { request } = options;
      const document =
        ('document' in options && options.document) || parse(request.query ?? '{ __typename }');
      return {
        errors: unavailableFieldErrors(
          this.options.name,
          reason,
          document,
          request.variables?.representations,
        ),
      };
    }
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayRequestContext>) {
    if (!('caller' in context) || !context.caller) return;
    request.http?.headers.set('authorization', `Bearer ${await this.internalTokenFor(context.caller)}`);
    request.http?.headers.set('x-correlation-id', context.correlationId);
    if (context.clientAddress) request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
  }

  private async internalTokenFor(caller: Caller): Promise<string> {
    const key = JSON.stringify(caller);
    const cached = this.minted.get(key);
    if (cached && cached.expiresAtMs - Date.now() > REUSE_WHILE_VALID_FOR_MS) return cached.token;
    const token = await signToken(
      caller,
      this.options.signingKey,
      { issuer: INTERNAL_TOKEN_ISSUER, audience: this.options.name },
      `${INTERNAL_TOKEN_LIFETIME_S}s`,
    );
    this.minted.delete(key);
    if (this.minted.size >= MAX_CACHED_TOKENS) this.minted.delete(this.minted.keys().next().value as string);
    this.minted.set(key, { token, expiresAtMs: Date.now() + INTERNAL_TOKEN_LIFETIME_S * 1000 });
    return token;
  }
}
