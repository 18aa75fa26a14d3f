import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketRepliedPayload {
  ticketId: string;
  customerId: string;
  commentId: string;
  /** PUBLIC: a reply the customer sees (and is mailed); INTERNAL: a note for agents only. */
  visibility: 'PUBLIC' | 'INTERNAL';
  /** AGENT: a user wrote it; CUSTOMER: it came from the requester (a mail reply). */
  authorKind: 'AGENT' | 'CUSTOMER';
  authorUserId: string | null;
  /** True for the first public agent reply: the first-response SLA stops here. */
  firstResponse: boolean;
  repliedAt: string;
}

export const ticketReplied: EventDefinition<'crm.service.ticket.replied', TicketRepliedPayload> = {
  type: 'crm.service.ticket.replied',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    'A comment was added to a ticket: a public reply by an agent or the customer, or an internal note. The text stays in the service.',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'customerId',
      'commentId',
      'visibility',
      'authorKind',
      'authorUserId',
      'firstResponse',
      'repliedAt',
    ],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      commentId: UUID,
      visibility: { type: 'string', enum: ['PUBLIC', 'INTERNAL'] },
      authorKind: { type: 'string', enum: ['AGENT', 'CUSTOMER'] },
      authorUserId: NULLABLE_UUID,
      firstResponse: { type: 'boolean' },
      repliedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    commentId: '01950d00-0000-7000-8000-0000000000c1',
    visibility: 'PUBLIC',
    authorKind: 'AGENT',
    authorUserId: '01950c80-0000-7000-8000-00000000a1e5',
    firstResponse: true,
    repliedAt: '2025-03-01T09:30:00.000Z',
  },
};
