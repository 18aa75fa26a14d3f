/** The code of an error with none (graphql-js errors before Apollo's formatError). */
export const UNCODED_ERROR = 'UNCODED';

interface ErrorWithExtensions {
  extensions?: { code?: unknown } | null;
}

/** The `extensions.code` of a GraphQL error (DESIGN §6), or UNCODED. */
export function errorCodeOf(error: ErrorWithExtensions): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && code.length > 0 ? code : UNCODED_ERROR;
}
