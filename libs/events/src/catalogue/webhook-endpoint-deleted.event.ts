import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface WebhookEndpointDeletedPayload {
  endpointId: string;
  deletedAt: string;
}

export const webhookEndpointDeleted: EventDefinition<
  'crm.notification.webhook_endpoint.deleted',
  WebhookEndpointDeletedPayload
> = {
  type: 'crm.notification.webhook_endpoint.deleted',
  service: 'notification',
  aggregate: 'webhook_endpoint',
  version: 1,
  description: 'An admin deleted a webhook endpoint with its delivery log: nothing is sent to it any more.',
  aggregateIdField: 'endpointId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['endpointId', 'deletedAt'],
    properties: { endpointId: UUID, deletedAt: DATE_TIME },
  },
  example: { endpointId: '01950f00-0000-7000-8000-0000000000e1', deletedAt: '2026-03-10T09:00:00.000Z' },
};
