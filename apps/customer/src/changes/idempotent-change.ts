import { DataSource } from 'typeorm';
import {
  createIdempotently,
  runChange,
  type Change,
  type ChangeScope,
  type IdempotentRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { assertNoNul } from '../domain/text-input';

/**
 * A creating change run once per (caller, idempotency key): a retry with the same key and input
 * gets the id the first call created and changes nothing. The key is claimed in the change's own
 * transaction. Returns the id of the created (or first created) record.
 */
export function runIdempotentChange(
  scope: ChangeScope,
  request: IdempotentRequest,
  work: (change: Change) => Promise<string>,
): Promise<string> {
  assertNoNul(request.field ?? 'input.idempotencyKey', request.key);
  if (!(scope.db instanceof DataSource)) return runChange(scope, work);
  const context: RequestContext = {
    service: scope.service,
    caller: scope.caller,
    dataSource: scope.db,
    loaders: undefined,
    correlationId: scope.origin.correlationId,
  };
  return createIdempotently(context, request, (manager) => runChange({ ...scope, db: manager }, work));
}
