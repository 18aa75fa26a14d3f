import http from 'node:http';
import fetch, { type RequestInit } from 'node-fetch';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { INTERNAL_TOKEN_ISSUER, signToken, type SigningKey } from '@crm/auth';
import type { GatewayRequestContext } from './gateway-request-context';

export interface SubgraphFetchOptions {
  name: string;
  url: string;
  timeoutMs: number;
  maxSockets: number;
  signingKey: SigningKey;
}

const INTERNAL_TOKEN_LIFETIME = '60s';

/**
 * Calls one subgraph: keep-alive sockets from a bounded pool and an explicit timeout per fetch
 * (@apollo/gateway has none by default). Identity travels as a short-lived token the gateway
 * signs for this subgraph alone; no client header is forwarded.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayRequestContext> {
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
    const token = await signToken(
      context.caller,
      this.options.signingKey,
      { issuer: INTERNAL_TOKEN_ISSUER, audience: this.options.name },
      INTERNAL_TOKEN_LIFETIME,
    );
    request.http?.headers.set('authorization', `Bearer ${token}`);
    request.http?.headers.set('x-correlation-id', context.correlationId);
  }
}
