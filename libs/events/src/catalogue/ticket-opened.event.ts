import type { EventDefinition } from '../event-definition';
import {
  TICKET_CATEGORY,
  TICKET_PRIORITY,
  TICKET_SOURCE,
  type TicketCategoryName,
  type TicketPriorityName,
  type TicketSourceName,
} from './ticket-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketOpenedPayload {
  ticketId: string;
  /** The human-facing number (#1042) used in mail subjects and screens. */
  number: number;
  customerId: string;
  /** The customer contact who asked; null when the requester is unknown (an unmatched mail). */
  requesterContactId: string | null;
  queueId: string | null;
  source: TicketSourceName;
  category: TicketCategoryName;
  priority: TicketPriorityName;
  openedAt: string;
}

export const ticketOpened: EventDefinition<'crm.service.ticket.opened', TicketOpenedPayload> = {
  type: 'crm.service.ticket.opened',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    'A ticket was opened: by an agent, from a mail to a queue address, a web form, a call or a chat.',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'number',
      'customerId',
      'requesterContactId',
      'queueId',
      'source',
      'category',
      'priority',
      'openedAt',
    ],
    properties: {
      ticketId: UUID,
      number: { type: 'integer', minimum: 1 },
      customerId: UUID,
      requesterContactId: NULLABLE_UUID,
      queueId: NULLABLE_UUID,
      source: TICKET_SOURCE,
      category: TICKET_CATEGORY,
      priority: TICKET_PRIORITY,
      openedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    number: 1042,
    customerId: '01950c00-0000-7000-8000-000000000001',
    requesterContactId: null,
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    source: 'EMAIL',
    category: 'INCIDENT',
    priority: 'NORMAL',
    openedAt: '2025-03-01T09:00:00.000Z',
  },
};
