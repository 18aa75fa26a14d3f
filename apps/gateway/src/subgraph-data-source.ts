import http from 'node:http';
import fetch, { type RequestInit } from 'node-fetch';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { INTERNAL_TOKEN_ISSUER, signToken, type Caller, type SigningKey } from '@crm/auth';
import { CLIENT_ADDRESS_HEADER } from '@crm/subgraph-kit';
import type { GatewayRequestContext } from './gateway-request-context';

export interface SubgraphFetchOptions {
  name: string;
  url: string;
  timeoutMs: number;
  maxSockets: number;
  signingKey: SigningKey;
}

const INTERNAL_TOKEN_LIFETIME_S = 60;
/** A minted token is reused while it has at least this long to live. */
const REUSE_WHILE_VALID_FOR_MS = 20_000;
const MAX_CACHED_TOKENS = 10_000;

/**
 * Calls one subgraph: keep-alive sockets from a bounded pool and an explicit timeout per fetch
 * (@apollo/gateway has none by default). Identity travels as a short-lived token the gateway
 * signs for this subgraph alone; no client header is forwarded.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayRequestContext> {
  /** One signature per caller and minute rather than per fetch: ES256 signing is not free. */
  private readonly minted = new Map<string, { token: string; expiresAtMs: number }>();

  constructor(private readonly options: SubgraphFetchOptions) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
    const fetcher = ((url: string, init: RequestInit) =>
      fetch(url, { ...init, agent, signal: AbortSignal.timeout(options.timeoutMs) })) as unknown as Fetcher;
    super({ url: options.url, fetcher });
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
