import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface WebhookDeliveryDeliveredPayload {
  deliveryId: string;
  endpointId: string;
  /** The id of the event that was sent (the CloudEvent's `id`, also the `webhook-id` header). */
  eventId: string;
  eventType: string;
  /** 1 for the first try. */
  attempt: number;
  statusCode: number;
  durationMs: number;
  deliveredAt: string;
}

export const webhookDeliveryDelivered: EventDefinition<
  'crm.notification.webhook_delivery.delivered',
  WebhookDeliveryDeliveredPayload
> = {
  type: 'crm.notification.webhook_delivery.delivered',
  service: 'notification',
  aggregate: 'webhook_delivery',
  version: 1,
  description:
    'A webhook endpoint accepted an event (a 2xx answer). Not itself sent to webhooks, so deliveries cannot feed on each other.',
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
      'durationMs',
      'deliveredAt',
    ],
    properties: {
      deliveryId: UUID,
      endpointId: UUID,
      eventId: UUID,
      eventType: { type: 'string', minLength: 1 },
      attempt: { type: 'integer', minimum: 1 },
      statusCode: { type: 'integer', minimum: 200, maximum: 299 },
      durationMs: { type: 'integer', minimum: 0 },
      deliveredAt: DATE_TIME,
    },
  },
  example: {
    deliveryId: '01950f00-0000-7000-8000-0000000000d1',
    endpointId: '01950f00-0000-7000-8000-0000000000e1',
    eventId: '01950f00-0000-7000-8000-0000000000a1',
    eventType: 'crm.sales.opportunity.won',
    attempt: 3,
    statusCode: 204,
    durationMs: 42,
    deliveredAt: '2026-03-10T09:00:00.000Z',
  },
};
