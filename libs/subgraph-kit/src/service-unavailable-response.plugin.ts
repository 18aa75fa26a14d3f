import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { ErrorCode } from '@crm/errors';

type SingleResult = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

/** Nothing came back, and only because something the request needs is down. */
export function failedOnlyForUnavailability(result: SingleResult): boolean {
  const { data, errors } = result;
  if (!errors || errors.length === 0) return false;
  const nothingResolved = !data || Object.values(data).every((value) => value === null);
  return nothingResolved && errors.every((error) => error.extensions?.code === ErrorCode.ServiceUnavailable);
}

/**
 * A response that failed as a whole because a dependency is down becomes HTTP 503 with
 * `Retry-After` (RFC 9110 §10.2.3), so HTTP clients, proxies and load balancers back off too.
 * Partial data stays a 200: the client got something and the errors say which fields failed.
 */
export function serviceUnavailableResponsePlugin(retryAfterSeconds: () => number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !failedOnlyForUnavailability(response.body.singleResult))
            return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds()))));
        },
      };
    },
  };
}
