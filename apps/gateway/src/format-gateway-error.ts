import type { GraphQLFormattedError } from 'graphql';

/**
 * Subgraph errors arrive with `extensions.response` (the raw subgraph HTTP response) and
 * sometimes a stack trace: neither may reach clients (DESIGN §6).
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  const {
    response: _response,
    stacktrace: _stacktrace,
    exception: _exception,
    ...extensions
  } = formatted.extensions;
  return { ...formatted, extensions };
}
