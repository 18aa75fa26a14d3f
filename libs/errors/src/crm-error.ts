import { ErrorCode } from './error-code';

/** One invalid field of an input, e.g. `{ field: 'input.email', message: 'is not an email address' }`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one exception type of the platform's domain and data code. The subgraph kit maps it to a
 * GraphQL error with `extensions.code` (and, for bad input, `extensions.field` naming the first
 * invalid field and `extensions.fields` listing them all); any other error is masked as internal.
 */
export class CrmError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly problems: FieldProblem[] = field ? [{ field, message }] : [],
  ) {
    super(message);
    this.name = 'CrmError';
  }
}

export const badUserInput = (field: string, message: string) =>
  new CrmError(ErrorCode.BadUserInput, `${field}: ${message}`, field, [{ field, message }]);

/** Every invalid field of an input at once; `field` stays the first for clients that read one. */
export const badUserInputs = (problems: FieldProblem[]) =>
  new CrmError(
    ErrorCode.BadUserInput,
    problems.map(({ field, message }) => `${field}: ${message}`).join('; '),
    problems[0]?.field,
    problems,
  );

export const notFound = (entity: string, id: string, field?: string) =>
  new CrmError(ErrorCode.NotFound, `${entity} ${id} does not exist`, field);

export const conflict = (message: string) => new CrmError(ErrorCode.Conflict, message);

export const forbidden = (message = 'You are not allowed to do this') =>
  new CrmError(ErrorCode.Forbidden, message);

export const unauthenticated = (message = 'A valid access token is required') =>
  new CrmError(ErrorCode.Unauthenticated, message);

/** Not the caller's mistake nor a bug: something the request needs is down; the same request may work later. */
export const serviceUnavailable = (
  message = 'The service is unavailable right now; retry in a few seconds',
) => new CrmError(ErrorCode.ServiceUnavailable, message);
