import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketClosedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  /** The user who closed it; null when the platform closed it after the reopen window. */
  actorId: string | null;
  /** Set when it was closed as a duplicate merged into another ticket. */
  mergedIntoTicketId: string | null;
  reason: string | null;
  closedAt: string;
}

export const ticketClosed: EventDefinition<'crm.service.ticket.closed', TicketClosedPayload> = {
  type: 'crm.service.ticket.closed',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    'A ticket was closed: after its reopen window, by hand, or as a duplicate merged into another.',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['ticketId', 'customerId', 'queueId', 'actorId', 'mergedIntoTicketId', 'reason', 'closedAt'],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      actorId: NULLABLE_UUID,
      mergedIntoTicketId: NULLABLE_UUID,
      reason: NULLABLE_STRING,
      closedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    actorId: null,
    mergedIntoTicketId: null,
    reason: 'Reopen window passed',
    closedAt: '2025-03-08T15:00:00.000Z',
  },
};
