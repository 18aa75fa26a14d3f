import type { SubgraphAnswer } from './subgraph-pool';

const isGraphQLErrorBody = (body: unknown): boolean =>
  typeof body === 'object' &&
  body !== null &&
  Array.isArray((body as { errors?: unknown }).errors) &&
  (body as { errors: unknown[] }).errors.length > 0;

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A subgraph answers a request it refuses before executing (variable coercion, validation) with a
 * 4xx and GraphQL errors in the body (GraphQL over HTTP). @apollo/gateway would turn any non-2xx
 * into "400: Bad Request" without a code, masked as internal; handed over as a GraphQL response,
 * those errors reach the client with their own codes (BAD_USER_INPUT with its field, ...).
 * 401 and 403 stay as they are: the gateway's own token was refused, which is no client error.
 */
export function clientErrorsAsGraphQLResponse(answer: SubgraphAnswer): SubgraphAnswer {
  const isClientError = answer.status >= 400 && answer.status < 500 && ![401, 403].includes(answer.status);
  const isJson = /^application\/(graphql-response\+)?json/.test(answer.headers['content-type'] ?? '');
  if (!isClientError || !isJson || !isGraphQLErrorBody(parsedJson(answer.body))) return answer;
  return { ...answer, status: 200 };
}
