import type { Caller } from '@crm/auth';
import { forbidden } from '@crm/errors';
import { requireScope, scopeOf } from './access';
import type { Permission, Scope } from './role-grants';

/**
 * Record scope for records that belong to a queue rather than a person, e.g. tickets: a queue is
 * a support team (identity's Team), so scope 'team' reaches the queue of the caller's team. No
 * record has a personal owner yet, so scope 'own' reaches no queue (fail closed).
 */

/** The queues whose records the caller reaches with `scope`; null means every queue. */
export function visibleQueueIds(caller: Caller, scope: Scope): string[] | null {
  if (scope === 'all') return null;
  if (scope === 'own' || !caller.teamId) return [];
  return [caller.teamId.toLowerCase()];
}

/** The queues a list may show the caller (FORBIDDEN without the permission); null: all. */
export function readableQueueIds(caller: Caller, permission: Permission): string[] | null {
  return visibleQueueIds(caller, requireScope(caller, permission));
}

export function canReachQueue(caller: Caller, permission: Permission, queueId: string | null): boolean {
  const scope = scopeOf(caller, permission);
  if (!scope) return false;
  const queues = visibleQueueIds(caller, scope);
  return queues === null || (queueId !== null && queues.includes(queueId.toLowerCase()));
}

/** The record when the caller may reach its queue, otherwise null (for reference resolvers). */
export function withinQueueScope<T extends { queueId: string | null }>(
  caller: Caller,
  permission: Permission,
  record: T | null | undefined,
): T | null {
  return record && canReachQueue(caller, permission, record.queueId) ? record : null;
}

/** Refuses a record in a queue outside the caller's scope, e.g. another team's ticket. */
export function assertQueueAccess(
  caller: Caller,
  permission: Permission,
  queueId: string | null,
  what: string,
): void {
  if (!canReachQueue(caller, permission, queueId))
    throw forbidden(`You may not ${permission.split(':')[1]} ${what}: it is not in your team's queue`);
}

/**
 * The queue of a record the caller creates. Scope 'all' may pick any queue or none; a narrower
 * scope defaults to the caller's team's queue, refuses another queue, and refuses a caller
 * without a team, who has no queue to work in.
 */
export function queueOfNewRecord(
  caller: Caller,
  permission: Permission,
  requestedQueueId: string | null,
  what: string,
): string | null {
  const queues = visibleQueueIds(caller, requireScope(caller, permission));
  const requested = requestedQueueId?.toLowerCase() ?? null;
  if (queues === null) return requested;
  const [ownQueue] = queues;
  if (!ownQueue)
    throw forbidden(
      `You belong to no support team, so you have no queue to create ${what} in: join a support team (an admin adds you with assignUserToTeam)`,
    );
  if (requested !== null && requested !== ownQueue)
    throw forbidden(
      `You may only create ${what} in your team's queue ${ownQueue} (queueId ${requestedQueueId})`,
    );
  return ownQueue;
}
