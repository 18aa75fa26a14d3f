import http from 'node:http';
import fetch, { type RequestInit } from 'node-fetch';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewayRequestContext } from './gateway-request-context';

export interface SubgraphFetchOptions {
  url: string;
  timeoutMs: number;
  maxSockets: number;
}

/**
 * Calls one subgraph: keep-alive sockets from a bounded pool and an explicit timeout per fetch
 * (@apollo/gateway has none by default), forwarding the caller's Authorization header.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayRequestContext> {
  constructor(options: SubgraphFetchOptions) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
    const fetcher = ((url: string, init: RequestInit) =>
      fetch(url, { ...init, agent, signal: AbortSignal.timeout(options.timeoutMs) })) as unknown as Fetcher;
    super({ url: options.url, fetcher });
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayRequestContext>): void {
    if (!('authorization' in context) || !context.authorization) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-correlation-id', context.correlationId);
  }
}
