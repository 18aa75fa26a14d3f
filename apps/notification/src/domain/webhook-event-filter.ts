import { EVENT_TYPES, isEventType, type EventType } from '@crm/events';
import { InputProblems } from '@crm/errors';

/**
 * The events a webhook never carries: the delivery log's own events and the notification audit
 * trail are written for every delivery, so sending them would make each delivery cause another.
 */
const NOT_SENT_TO_WEBHOOKS = new Set<string>([
  'crm.notification.webhook_delivery.delivered',
  'crm.notification.webhook_delivery.failed',
  'crm.notification.audit.recorded',
]);

/** Every catalogue event type an endpoint may subscribe to. */
export const WEBHOOK_EVENT_TYPES: EventType[] = EVENT_TYPES.filter((type) => !NOT_SENT_TO_WEBHOOKS.has(type));

/** An endpoint's filter: the types it receives, or null for all of them. */
export type WebhookEventFilter = EventType[] | null;

export function parseWebhookEventFilter(field: string, types: readonly string[] | null | undefined) {
  if (types === null || types === undefined) return null;
  const problems = new InputProblems();
  if (types.length === 0)
    problems.add(field, 'must name at least one event type; leave it out for all types');
  types.forEach((type, i) => {
    if (!isEventType(type)) problems.add(`${field}[${i}]`, `"${type}" is not an event type of the catalogue`);
    else if (NOT_SENT_TO_WEBHOOKS.has(type))
      problems.add(
        `${field}[${i}]`,
        `"${type}" is about webhook deliveries themselves and is not sent to webhooks`,
      );
  });
  problems.throwIfAny();
  return [...new Set(types)] as EventType[];
}

export function filterAccepts(filter: readonly string[] | null, type: string): boolean {
  return !NOT_SENT_TO_WEBHOOKS.has(type) && (filter === null || filter.includes(type));
}
