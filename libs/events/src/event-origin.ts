import type { AnyCloudEvent } from './catalogue';
import { SYSTEM_ACTOR } from './cloud-event';

/**
 * Who caused an event and which chain of requests and events it belongs to: the CloudEvents
 * extensions `actor` and `correlationid` of every event a change publishes.
 */
export interface EventOrigin {
  /** The user who asked for the change, or SYSTEM_ACTOR for schedules, sagas and imports. */
  actor: string;
  correlationId: string;
}

/** A saga step continues the chain of the event that started it. */
export const originOfEvent = (event: AnyCloudEvent): EventOrigin => ({
  actor: event.actor,
  correlationId: event.correlationid,
});

/** Work nobody asked for (a scheduled job): a new chain acted by the system. */
export const systemOrigin = (correlationId: string): EventOrigin => ({ actor: SYSTEM_ACTOR, correlationId });
