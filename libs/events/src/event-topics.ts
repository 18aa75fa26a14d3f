import type { ServiceName } from '@crm/config';
import { EVENT_CATALOGUE, EVENT_TYPES, isEventType, type EventType } from './catalogue';

/** The topic of an event type: one per aggregate, `crm.<service>.<aggregate>.v1` (DESIGN §4). */
export function topicOf(type: EventType): string {
  if (!isEventType(type)) throw new Error(`Unknown event type "${type}": it is not in the event catalogue`);
  const { service, aggregate } = EVENT_CATALOGUE[type];
  return `crm.${service}.${aggregate}.v1`;
}

/** The event types a service publishes. */
export function eventTypesOf(service: ServiceName): EventType[] {
  return EVENT_TYPES.filter((type) => EVENT_CATALOGUE[type].service === service);
}

/** The topics a service publishes to, each once. */
export function topicsOf(service: ServiceName): string[] {
  return [...new Set(eventTypesOf(service).map(topicOf))];
}
