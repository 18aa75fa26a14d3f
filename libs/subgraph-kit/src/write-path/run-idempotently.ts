import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { badUserInput } from '@crm/errors';
import { stableJson } from '../stable-json';
import type { ChangeScope } from './change-scope';

export interface IdempotentRequest {
  /** The mutation, e.g. `createCustomer`. */
  operation: string;
  key: string | null | undefined;
  /** The input as sent, minus the key itself: a retry must send the same. */
  input: unknown;
  /** Where the key sits in the input, for error messages. */
  field?: string;
}

const requestHash = (operation: string, input: unknown) =>
  createHash('sha256')
    .update(`${operation}\n${stableJson(input)}`)
    .digest('base64url');

interface StoredKey {
  operation: string;
  request_hash: string;
  result_id: string;
}

/**
 * Runs a creating change once per (caller, idempotency key): a retry with the same key and input
 * returns the id the first request created and changes nothing; the same key with another input is
 * BAD_USER_INPUT. The key row is inserted first in the change's transaction, so a concurrent retry
 * waits for the first to commit and then reads its result. `create` gets the scope of that
 * transaction: the change it runs (with runChange) joins it.
 */
export function runIdempotently(
  scope: ChangeScope,
  request: IdempotentRequest,
  create: (scope: ChangeScope) => Promise<string>,
): Promise<string> {
  const field = request.field ?? 'input.idempotencyKey';
  if (
    request.key !== null &&
    request.key !== undefined &&
    (request.key.length < 1 || request.key.length > 200)
  )
    throw badUserInput(field, 'must be 1 to 200 characters');
  const once = (manager: EntityManager) => createOnce(manager, scope, request, field, create);
  return scope.db instanceof DataSource ? scope.db.transaction(once) : once(scope.db);
}

async function createOnce(
  manager: EntityManager,
  scope: ChangeScope,
  request: IdempotentRequest,
  field: string,
  create: (scope: ChangeScope) => Promise<string>,
): Promise<string> {
  const inTransaction = { ...scope, db: manager };
  if (request.key === null || request.key === undefined) return create(inTransaction);
  const callerId = scope.caller.userId;
  const hash = requestHash(request.operation, request.input);
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_keys (caller_id, idempotency_key, operation, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING idempotency_key`,
    [callerId, request.key, request.operation, hash],
  );
  if (claimed.length === 0) return replay(manager, callerId, request, hash, field);
  const id = await create(inTransaction);
  await manager.query(
    'UPDATE idempotency_keys SET result_id = $3 WHERE caller_id = $1 AND idempotency_key = $2',
    [callerId, request.key, id],
  );
  return id;
}

async function replay(
  manager: EntityManager,
  callerId: string,
  request: IdempotentRequest,
  hash: string,
  field: string,
): Promise<string> {
  const [stored]: StoredKey[] = await manager.query(
    'SELECT operation, request_hash, result_id FROM idempotency_keys WHERE caller_id = $1 AND idempotency_key = $2',
    [callerId, request.key],
  );
  if (stored.operation !== request.operation || stored.request_hash !== hash) {
    throw badUserInput(field, 'was already used for a different request; use a new key for new input');
  }
  return stored.result_id;
}
