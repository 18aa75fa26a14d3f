import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import { WEBHOOK_EVENT_FILTER, WEBHOOK_TARGET } from './webhook-fields.schema';

export interface WebhookEndpointRegisteredPayload {
  endpointId: string;
  /** Scheme, host and port only: a webhook URL's path or query often carries a token. */
  target: string;
  /** The event types sent to the endpoint; null: every type. */
  eventTypes: string[] | null;
  registeredAt: string;
}

export const webhookEndpointRegistered: EventDefinition<
  'crm.notification.webhook_endpoint.registered',
  WebhookEndpointRegisteredPayload
> = {
  type: 'crm.notification.webhook_endpoint.registered',
  service: 'notification',
  aggregate: 'webhook_endpoint',
  version: 1,
  description:
    'An admin registered an outbound webhook endpoint: events of the listed types are sent to it from now on. Neither the secret nor the URL path is in the event.',
  aggregateIdField: 'endpointId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['endpointId', 'target', 'eventTypes', 'registeredAt'],
    properties: {
      endpointId: UUID,
      target: WEBHOOK_TARGET,
      eventTypes: WEBHOOK_EVENT_FILTER,
      registeredAt: DATE_TIME,
    },
  },
  example: {
    endpointId: '01950f00-0000-7000-8000-0000000000e1',
    target: 'https://hooks.example.com',
    eventTypes: ['crm.sales.opportunity.won'],
    registeredAt: '2026-03-09T09:00:00.000Z',
  },
};
