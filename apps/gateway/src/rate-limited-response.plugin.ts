import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { RATE_LIMITED } from '@crm/subgraph-kit';

const retryAfterOf = (error: GraphQLFormattedError) =>
  error.extensions?.code === RATE_LIMITED ? Number(error.extensions.retryAfterSeconds) || 1 : null;

/**
 * A subgraph refuses a request for coming too often (e.g. identity's login throttle) with a
 * RATE_LIMITED error; clients and proxies understand HTTP, so the response becomes a 429 with
 * `Retry-After` (RFC 6585 §4), the longest wait any such error asks for.
 */
export const rateLimitedResponsePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const waits = (response.body.singleResult.errors ?? []).map(retryAfterOf).filter((s) => s !== null);
        if (waits.length === 0) return;
        response.http.status = 429;
        response.http.headers.set('retry-after', String(Math.max(...waits)));
      },
    };
  },
};
