import {
  runChange,
  runIdempotently,
  type Change,
  type ChangeScope,
  type IdempotentRequest,
} from '@crm/subgraph-kit';
import { refuseNul } from '@crm/errors';

/**
 * A creating change run once per (caller, idempotency key): a retry with the same key and input
 * gets the id the first call created and changes nothing. Returns the id of the created (or first
 * created) record.
 */
export function runIdempotentChange(
  scope: ChangeScope,
  request: IdempotentRequest,
  work: (change: Change) => Promise<string>,
): Promise<string> {
  refuseNul(request.field ?? 'input.idempotencyKey', request.key);
  return runIdempotently(scope, request, (inTransaction) => runChange(inTransaction, work));
}
