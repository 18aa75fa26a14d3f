import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput } from '@crm/errors';
import type { RequestContext } from './request-context';
import { stableJson } from './stable-json';

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
 * Runs a create mutation once per (caller, idempotency key): a retry with the same key and input
 * returns the id the first request created; the same key with another input is BAD_USER_INPUT.
 * The key row is inserted first in the same transaction, so a concurrent retry waits for the
 * first to commit and then reads its result.
 */
export async function createIdempotently(
  context: RequestContext,
  request: IdempotentRequest,
  create: (manager: EntityManager) => Promise<string>,
): Promise<string> {
  const field = request.field ?? 'input.idempotencyKey';
  if (request.key === null || request.key === undefined) return context.dataSource.transaction(create);
  if (request.key.length < 1 || request.key.length > 200)
    throw badUserInput(field, 'must be 1 to 200 characters');
  const hash = requestHash(request.operation, request.input);
  return context.dataSource.transaction(async (manager) => {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (caller_id, idempotency_key, operation, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING idempotency_key`,
      [context.caller.userId, request.key, request.operation, hash],
    );
    if (claimed.length === 0) return replay(manager, context, request, hash, field);
    const id = await create(manager);
    await manager.query(
      'UPDATE idempotency_keys SET result_id = $3 WHERE caller_id = $1 AND idempotency_key = $2',
      [context.caller.userId, request.key, id],
    );
    return id;
  });
}

async function replay(
  manager: EntityManager,
  context: RequestContext,
  request: IdempotentRequest,
  hash: string,
  field: string,
): Promise<string> {
  const [stored]: StoredKey[] = await manager.query(
    'SELECT operation, request_hash, result_id FROM idempotency_keys WHERE caller_id = $1 AND idempotency_key = $2',
    [context.caller.userId, request.key],
  );
  if (stored.operation !== request.operation || stored.request_hash !== hash) {
    throw badUserInput(field, 'was already used for a different request; use a new key for new input');
  }
  return stored.result_id;
}
