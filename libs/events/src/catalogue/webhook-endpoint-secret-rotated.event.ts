import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface WebhookEndpointSecretRotatedPayload {
  endpointId: string;
  rotatedAt: string;
}

export const webhookEndpointSecretRotated: EventDefinition<
  'crm.notification.webhook_endpoint.secret_rotated',
  WebhookEndpointSecretRotatedPayload
> = {
  type: 'crm.notification.webhook_endpoint.secret_rotated',
  service: 'notification',
  aggregate: 'webhook_endpoint',
  version: 1,
  description:
    'An admin replaced the signing secret of a webhook endpoint: attempts from now on are signed with the new one (the secret is not in the event).',
  aggregateIdField: 'endpointId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['endpointId', 'rotatedAt'],
    properties: { endpointId: UUID, rotatedAt: DATE_TIME },
  },
  example: { endpointId: '01950f00-0000-7000-8000-0000000000e1', rotatedAt: '2026-03-10T09:00:00.000Z' },
};
