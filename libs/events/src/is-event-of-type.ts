import type { CloudEvent } from './cloud-event';
import type { CloudEventOf, EventType } from './catalogue';

/** Narrows an event (from buildEvent or parseEvent, so already validated) to one type. */
export function isEventOfType<T extends EventType>(event: CloudEvent, type: T): event is CloudEventOf<T> {
  return event.type === type;
}
