import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CrmError, serviceUnavailable } from '@crm/errors';
import type { Logger } from '@crm/logger';
import { isDatabaseUnavailable } from './database-unavailable';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * The one place where errors become API errors: CrmError keeps its code and field, GraphQL's
 * own errors (validation, variable coercion) pass, an unreachable database is SERVICE_UNAVAILABLE
 * (the client may retry), anything else is logged and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'database unavailable');
      original = serviceUnavailable('The database of this service cannot be reached; retry in a few seconds');
    }
    if (original instanceof CrmError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...(original.problems.length > 1 ? { fields: original.problems } : {}),
        },
      };
    }
    if (original instanceof GraphQLError && formatted.extensions?.code !== INTERNAL) {
      return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    logger.error({ err: original, path: formatted.path }, 'internal error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: INTERNAL } };
  };
}
