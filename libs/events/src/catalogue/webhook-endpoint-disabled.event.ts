import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import { WEBHOOK_DISABLE_REASON, type WebhookDisableReason } from './webhook-fields.schema';

export interface WebhookEndpointDisabledPayload {
  endpointId: string;
  reason: WebhookDisableReason;
  /** Failed attempts in a row when it was disabled. */
  consecutiveFailures: number;
  disabledAt: string;
}

export const webhookEndpointDisabled: EventDefinition<
  'crm.notification.webhook_endpoint.disabled',
  WebhookEndpointDisabledPayload
> = {
  type: 'crm.notification.webhook_endpoint.disabled',
  service: 'notification',
  aggregate: 'webhook_endpoint',
  version: 1,
  description:
    'A webhook endpoint stopped receiving events: an admin disabled it, or too many attempts in a row failed (WEBHOOK_DISABLE_AFTER_FAILURES). Pending retries stop.',
  aggregateIdField: 'endpointId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['endpointId', 'reason', 'consecutiveFailures', 'disabledAt'],
    properties: {
      endpointId: UUID,
      reason: WEBHOOK_DISABLE_REASON,
      consecutiveFailures: { type: 'integer', minimum: 0 },
      disabledAt: DATE_TIME,
    },
  },
  example: {
    endpointId: '01950f00-0000-7000-8000-0000000000e1',
    reason: 'CONSECUTIVE_FAILURES',
    consecutiveFailures: 50,
    disabledAt: '2026-03-10T09:00:00.000Z',
  },
};
