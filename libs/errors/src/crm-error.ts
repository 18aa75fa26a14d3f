import { ErrorCode } from './error-code';

/**
 * The one exception type of the platform's domain and data code. The subgraph kit maps it to a
 * GraphQL error with `extensions.code` (and `extensions.field` for bad input); any other error is
 * masked as an internal error.
 */
export class CrmError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CrmError';
  }
}

export const badUserInput = (field: string, message: string) =>
  new CrmError(ErrorCode.BadUserInput, `${field}: ${message}`, field);

export const notFound = (entity: string, id: string, field?: string) =>
  new CrmError(ErrorCode.NotFound, `${entity} ${id} does not exist`, field);

export const conflict = (message: string) => new CrmError(ErrorCode.Conflict, message);

export const forbidden = (message = 'You are not allowed to do this') =>
  new CrmError(ErrorCode.Forbidden, message);

export const unauthenticated = (message = 'A valid access token is required') =>
  new CrmError(ErrorCode.Unauthenticated, message);
