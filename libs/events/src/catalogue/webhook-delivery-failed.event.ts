import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_DATE_TIME, UUID } from './schema-fragments';
import { NULL_SCHEMA } from '../event-definition';

export interface WebhookDeliveryFailedPayload {
  deliveryId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  attempt: number;
  /** The endpoint's answer; null when none came (refused target, connection error, timeout). */
  statusCode: number | null;
  /** What went wrong, e.g. `HTTP 500` or `connect ECONNREFUSED` (never the response body). */
  error: string;
  durationMs: number;
  /** When the next try is due; null: no more tries (a day has passed, or the endpoint is disabled). */
  nextAttemptAt: string | null;
  failedAt: string;
}

export const webhookDeliveryFailed: EventDefinition<
  'crm.notification.webhook_delivery.failed',
  WebhookDeliveryFailedPayload
> = {
  type: 'crm.notification.webhook_delivery.failed',
  service: 'notification',
  aggregate: 'webhook_delivery',
  version: 1,
  description:
    'One try to send an event to a webhook endpoint failed; it is retried with exponential backoff for up to a day (nextAttemptAt), then given up. Not itself sent to webhooks.',
  aggregateIdField: 'deliveryId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'deliveryId',
      'endpointId',
      'eventId',
      'eventType',
      'attempt',
      'statusCode',
      'error',
      'durationMs',
      'nextAttemptAt',
      'failedAt',
    ],
    properties: {
      deliveryId: UUID,
      endpointId: UUID,
      eventId: UUID,
      eventType: { type: 'string', minLength: 1 },
      attempt: { type: 'integer', minimum: 1 },
      statusCode: { anyOf: [{ type: 'integer' }, NULL_SCHEMA] },
      error: { type: 'string', minLength: 1, maxLength: 500 },
      durationMs: { type: 'integer', minimum: 0 },
      nextAttemptAt: NULLABLE_DATE_TIME,
      failedAt: DATE_TIME,
    },
  },
  example: {
    deliveryId: '01950f00-0000-7000-8000-0000000000d1',
    endpointId: '01950f00-0000-7000-8000-0000000000e1',
    eventId: '01950f00-0000-7000-8000-0000000000a1',
    eventType: 'crm.sales.opportunity.won',
    attempt: 1,
    statusCode: 500,
    error: 'HTTP 500',
    durationMs: 18,
    nextAttemptAt: '2026-03-10T09:00:30.000Z',
    failedAt: '2026-03-10T09:00:00.000Z',
  },
};
