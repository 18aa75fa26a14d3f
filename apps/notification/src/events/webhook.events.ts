import { buildEvent, type EventOrigin, type EventPayload } from '@crm/events';
import type { WebhookAttemptOutcome, WebhookAttemptResult } from '../domain/webhook-delivery-outcome';
import { targetOf } from '../domain/webhook-url';
import type { WebhookDelivery } from '../data/webhook-delivery.entity';
import type { WebhookEndpoint } from '../data/webhook-endpoint.entity';

type EndpointEventType =
  | 'crm.notification.webhook_endpoint.enabled'
  | 'crm.notification.webhook_endpoint.disabled'
  | 'crm.notification.webhook_endpoint.secret_rotated'
  | 'crm.notification.webhook_endpoint.deleted';

/** An event of an endpoint's life after its registration, keyed by the endpoint. */
export function webhookEndpointEvent<T extends EndpointEventType>(
  type: T,
  endpointId: string,
  origin: EventOrigin,
  data: Omit<EventPayload<T>, 'endpointId'>,
) {
  return buildEvent(type, {
    subject: endpointId,
    ...origin,
    data: { endpointId, ...data } as EventPayload<T>,
  });
}

export const webhookEndpointRegisteredEvent = (endpoint: WebhookEndpoint, origin: EventOrigin) =>
  buildEvent('crm.notification.webhook_endpoint.registered', {
    subject: endpoint.id,
    ...origin,
    data: {
      endpointId: endpoint.id,
      target: targetOf(endpoint.url),
      eventTypes: endpoint.eventTypes,
      registeredAt: endpoint.createdAt.toISOString(),
    },
  });

/** The error of a failed try as events show it: short, one line. */
const errorText = (error: string | null) => (error ?? 'failed').replace(/\s+/g, ' ').slice(0, 500);

/** `delivered` or `failed`, after one try of a delivery. */
export function webhookAttemptEvent(
  delivery: WebhookDelivery,
  result: WebhookAttemptResult,
  outcome: WebhookAttemptOutcome,
  at: Date,
  origin: EventOrigin,
) {
  const common = {
    deliveryId: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    attempt: outcome.attempt,
    durationMs: result.durationMs,
  };
  if (outcome.delivered) {
    return buildEvent('crm.notification.webhook_delivery.delivered', {
      subject: delivery.id,
      ...origin,
      data: { ...common, statusCode: result.statusCode!, deliveredAt: at.toISOString() },
    });
  }
  return buildEvent('crm.notification.webhook_delivery.failed', {
    subject: delivery.id,
    ...origin,
    data: {
      ...common,
      statusCode: result.statusCode,
      error: errorText(result.error),
      nextAttemptAt: outcome.nextAttemptAt?.toISOString() ?? null,
      failedAt: at.toISOString(),
    },
  });
}
