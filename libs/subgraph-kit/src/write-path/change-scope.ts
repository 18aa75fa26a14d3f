import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '@crm/auth';
import type { ServiceName } from '@crm/config';
import { originOfEvent, type AnyCloudEvent, type EventOrigin, SYSTEM_ACTOR } from '@crm/events';
import type { RequestContext } from '../request-context';

/**
 * Everything a change needs to know about where it runs and for whom, whoever starts it: a
 * resolver (a request's caller, a new transaction) or a saga step (the system, inside the
 * consumer's transaction that also records the event in the inbox).
 */
export interface ChangeScope {
  service: ServiceName;
  caller: Caller;
  origin: EventOrigin;
  /** A data source opens a new transaction; an entity manager is a transaction already open. */
  db: DataSource | EntityManager;
}

/** The system acting on its own: sagas and scheduled jobs pass every record rule. */
export const SYSTEM_CALLER: Caller = {
  userId: SYSTEM_ACTOR,
  roles: ['SYSTEM'],
  teamId: null,
  managedUserIds: [],
};

export const scopeOfRequest = (context: RequestContext): ChangeScope => ({
  service: context.service,
  caller: context.caller,
  origin: { actor: context.caller.userId, correlationId: context.correlationId },
  db: context.dataSource,
});

export const scopeOfEvent = (
  service: ServiceName,
  manager: EntityManager,
  event: AnyCloudEvent,
): ChangeScope => ({
  service,
  caller: SYSTEM_CALLER,
  origin: originOfEvent(event),
  db: manager,
});

export const scopeOfJob = (
  service: ServiceName,
  db: DataSource | EntityManager,
  origin: EventOrigin,
): ChangeScope => ({ service, caller: SYSTEM_CALLER, origin, db });
