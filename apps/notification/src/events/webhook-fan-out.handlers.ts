import type { AnyCloudEvent } from '@crm/events';
import type { EventHandlers, HandlerOf } from '@crm/messaging';
import type { Clock } from '@crm/scheduler';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { recordWebhookDeliveries } from '../changes/webhook-delivery.changes';
import { WEBHOOK_EVENT_TYPES } from '../domain/webhook-event-filter';

/**
 * Every event type of the catalogue that webhooks may carry: each consumed event is recorded as a
 * delivery for the endpoints that want it (the retry job sends them).
 */
export function webhookFanOutHandlers(clock: Clock): EventHandlers {
  const record: HandlerOf = async (event: AnyCloudEvent, manager) => {
    await recordWebhookDeliveries(scopeOfEvent('notification', manager, event), event, clock.now());
  };
  return Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, record])) as EventHandlers;
}
