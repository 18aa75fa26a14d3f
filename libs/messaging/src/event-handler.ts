import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent, EventType, CloudEventOf } from '@crm/events';

/** Applies one event inside the transaction that also records it in the inbox. */
export type EventHandler<T extends EventType = EventType> = (
  event: CloudEventOf<T>,
  manager: EntityManager,
) => Promise<void>;

export type EventHandlers = { [T in EventType]?: EventHandler<T> };

export type HandlerOf = (event: AnyCloudEvent, manager: EntityManager) => Promise<void>;
