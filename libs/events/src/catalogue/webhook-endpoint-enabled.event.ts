import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface WebhookEndpointEnabledPayload {
  endpointId: string;
  enabledAt: string;
}

export const webhookEndpointEnabled: EventDefinition<
  'crm.notification.webhook_endpoint.enabled',
  WebhookEndpointEnabledPayload
> = {
  type: 'crm.notification.webhook_endpoint.enabled',
  service: 'notification',
  aggregate: 'webhook_endpoint',
  version: 1,
  description:
    'An admin enabled a disabled webhook endpoint again: its failure count starts from zero and new events are sent to it.',
  aggregateIdField: 'endpointId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['endpointId', 'enabledAt'],
    properties: { endpointId: UUID, enabledAt: DATE_TIME },
  },
  example: { endpointId: '01950f00-0000-7000-8000-0000000000e1', enabledAt: '2026-03-10T09:00:00.000Z' },
};
