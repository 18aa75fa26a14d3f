import type { EventDefinition } from '../event-definition';
import { TICKET_PRIORITY, type TicketPriorityName } from './ticket-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketPriorityChangedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  fromPriority: TicketPriorityName;
  toPriority: TicketPriorityName;
  /** The user who changed it; null when the platform did (an SLA escalation). */
  actorId: string | null;
  changedAt: string;
}

export const ticketPriorityChanged: EventDefinition<
  'crm.service.ticket.priority_changed',
  TicketPriorityChangedPayload
> = {
  type: 'crm.service.ticket.priority_changed',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description: "A ticket's priority changed (its SLA targets follow the priority).",
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['ticketId', 'customerId', 'queueId', 'fromPriority', 'toPriority', 'actorId', 'changedAt'],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      fromPriority: TICKET_PRIORITY,
      toPriority: TICKET_PRIORITY,
      actorId: NULLABLE_UUID,
      changedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    fromPriority: 'NORMAL',
    toPriority: 'HIGH',
    actorId: '01950c80-0000-7000-8000-00000000a1e5',
    changedAt: '2025-03-01T10:00:00.000Z',
  },
};
