import { parse } from 'graphql';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { INTERNAL_TOKEN_ISSUER, signToken, type Caller, type SigningKey } from '@crm/auth';
import type { SubgraphBreakerSettings } from '@crm/config';
import type { Logger } from '@crm/logger';
import { CLIENT_ADDRESS_HEADER } from '@crm/subgraph-kit';
import type { GatewayRequestContext } from './gateway-request-context';
import { InFlightFetches } from './in-flight-fetches';
import { clientErrorsAsGraphQLResponse } from './subgraph-client-errors';
import { SubgraphBreaker } from './subgraph-breaker';
import { SubgraphPool, type SubgraphAnswer, type SubgraphRequest } from './subgraph-pool';
import { SubgraphResponse } from './subgraph-response';
import { unavailabilityOf } from './subgraph-unavailable';
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

const INTERNAL_TOKEN_LIFETIME_S = 60;
/** A minted token is reused while it has at least this long to live. */
const REUSE_WHILE_VALID_FOR_MS = 20_000;
const MAX_CACHED_TOKENS = 10_000;
// An idle pooled socket is closed here before the subgraph closes it (its keep-alive lasts
// longer, SUBGRAPH_KEEP_ALIVE_MS): reusing one the server just closed fails with ECONNRESET.
const IDLE_SOCKET_TIMEOUT_MS = 30_000;
/**
 * Set by willSendRequest on fetches that may share an identical one in flight, and taken off
 * before the request leaves: a mark between the two halves of RemoteGraphQLDataSource, never sent.
 */
const SHAREABLE_FETCH = 'x-gateway-shareable-fetch';

/**
 * The incoming operation is a query: a mutation's fetches, its follow-up reads too, never share.
 * (@apollo/gateway exports the request kinds as a type only: the incoming request tells them apart.)
 */
const isQueryOperation = (options: GraphQLDataSourceProcessOptions<GatewayRequestContext>) =>
  'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query';

function sharingKey(request: SubgraphRequest): string {
  const { authorization = '', [CLIENT_ADDRESS_HEADER]: clientAddress = '' } = request.headers;
  return `${authorization}\n${clientAddress}\n${request.body}`;
}

/**
 * Calls one subgraph: keep-alive sockets from a bounded undici pool, an explicit timeout per
 * fetch (@apollo/gateway has none by default), a circuit breaker, and one request for identical
 * reads of one caller in flight at once. Identity travels as a short-lived
 * token the gateway signs for this subgraph alone; no client header is forwarded. A subgraph's
 * client errors pass through with their codes. When the subgraph is unavailable the fetch answers
 * SERVICE_UNAVAILABLE errors on the paths of the fields it would have resolved, so the client gets
 * the other subgraphs' data and learns which fields are missing, and never the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayRequestContext> {
  /** One signature per caller and minute rather than per fetch: ES256 signing is not free. */
  private readonly minted = new Map<string, { token: string; expiresAtMs: number }>();
  readonly breaker: SubgraphBreaker<[SubgraphRequest], SubgraphAnswer>;
  private readonly pool: SubgraphPool;

  constructor(private readonly options: SubgraphFetchOptions) {
    const pool = new SubgraphPool({ ...options, idleSocketTimeoutMs: IDLE_SOCKET_TIMEOUT_MS });
    const breaker = new SubgraphBreaker(
      options.name,
      (request: SubgraphRequest) => pool.send(request),
      options.breaker,
      options.logger,
    );
    const inFlight = new InFlightFetches<SubgraphAnswer>();
    const fetcher: Fetcher = async (url: string, init?: FetcherRequestInit) => {
      const { [SHAREABLE_FETCH]: shareable, ...headers } = init?.headers ?? {};
      const request = { headers, body: String(init?.body ?? '') };
      const send = () => breaker.call(request).then(clientErrorsAsGraphQLResponse);
      const answer = await (shareable ? inFlight.share(sharingKey(request), send) : send());
      return new SubgraphResponse(url, answer);
    };
    super({ url: options.url, fetcher });
    this.pool = pool;
    this.breaker = breaker;
  }

  /** Stops the breaker's timers and closes the pooled sockets. */
  async close(): Promise<void> {
    this.breaker.shutdown();
    await this.pool.close();
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

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayRequestContext>) {
    const { request, context } = options;
    if (!('caller' in context) || !context.caller) return;
    if (isQueryOperation(options)) request.http?.headers.set(SHAREABLE_FETCH, '1');
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
