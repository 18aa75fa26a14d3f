import { Response } from 'node-fetch';

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
export async function clientErrorsAsGraphQLResponse(response: Response): Promise<Response> {
  const isClientError =
    response.status >= 400 && response.status < 500 && ![401, 403].includes(response.status);
  const isJson = /^application\/(graphql-response\+)?json/.test(response.headers.get('content-type') ?? '');
  if (!isClientError || !isJson) return response;
  const text = await response.text();
  const ok = isGraphQLErrorBody(parsedJson(text));
  return new Response(text, {
    status: ok ? 200 : response.status,
    statusText: ok ? 'OK' : response.statusText,
    headers: response.headers,
    url: response.url,
  });
}
