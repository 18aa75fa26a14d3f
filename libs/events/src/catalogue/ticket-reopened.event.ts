import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketReopenedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  /** The agent who reopened it; null when the customer's mail reply did. */
  actorId: string | null;
  reason: string | null;
  reopenedAt: string;
}

export const ticketReopened: EventDefinition<'crm.service.ticket.reopened', TicketReopenedPayload> = {
  type: 'crm.service.ticket.reopened',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description: 'A resolved ticket went back to work within the reopen window: the fix did not hold.',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['ticketId', 'customerId', 'queueId', 'actorId', 'reason', 'reopenedAt'],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      actorId: NULLABLE_UUID,
      reason: NULLABLE_STRING,
      reopenedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    actorId: null,
    reason: 'The customer wrote that the sync fails again',
    reopenedAt: '2025-03-02T08:00:00.000Z',
  },
};
