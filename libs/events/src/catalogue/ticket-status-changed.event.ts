import type { EventDefinition } from '../event-definition';
import { TICKET_STATUS, type TicketStatusName } from './ticket-fields.schema';
import { DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketStatusChangedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  fromStatus: TicketStatusName;
  toStatus: TicketStatusName;
  /** The user who moved it; null when the platform did (a customer's mail, the scheduler). */
  actorId: string | null;
  reason: string | null;
  changedAt: string;
}

export const ticketStatusChanged: EventDefinition<
  'crm.service.ticket.status_changed',
  TicketStatusChangedPayload
> = {
  type: 'crm.service.ticket.status_changed',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    'A ticket moved in its lifecycle (every move, including those also published as resolved, reopened or closed).',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'customerId',
      'queueId',
      'fromStatus',
      'toStatus',
      'actorId',
      'reason',
      'changedAt',
    ],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      fromStatus: TICKET_STATUS,
      toStatus: TICKET_STATUS,
      actorId: NULLABLE_UUID,
      reason: NULLABLE_STRING,
      changedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    fromStatus: 'IN_PROGRESS',
    toStatus: 'WAITING_ON_CUSTOMER',
    actorId: '01950c80-0000-7000-8000-00000000a1e5',
    reason: 'Asked for the invoice number',
    changedAt: '2025-03-01T10:00:00.000Z',
  },
};
