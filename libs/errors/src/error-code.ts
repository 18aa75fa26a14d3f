/** The error codes clients see in `extensions.code` (DESIGN §6). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  /** A part the request needs (a database, a subgraph) cannot be reached now: retry later. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
}
