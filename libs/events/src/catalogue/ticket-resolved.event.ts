import type { EventDefinition } from '../event-definition';
import { TICKET_CATEGORY, type TicketCategoryName } from './ticket-fields.schema';
import { DATE_TIME, NULLABLE_DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketResolvedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  assigneeId: string | null;
  category: TicketCategoryName;
  /** The requester contact the satisfaction survey goes to; null when unknown. */
  requesterContactId: string | null;
  resolution: string | null;
  openedAt: string;
  /** When an agent first answered publicly; null if it was resolved without a public reply. */
  firstRespondedAt: string | null;
  resolvedAt: string;
}

export const ticketResolved: EventDefinition<'crm.service.ticket.resolved', TicketResolvedPayload> = {
  type: 'crm.service.ticket.resolved',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    'A ticket was resolved (also published as status_changed); it may still reopen within the reopen window.',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'customerId',
      'queueId',
      'assigneeId',
      'category',
      'requesterContactId',
      'resolution',
      'openedAt',
      'firstRespondedAt',
      'resolvedAt',
    ],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      assigneeId: NULLABLE_UUID,
      category: TICKET_CATEGORY,
      requesterContactId: NULLABLE_UUID,
      resolution: NULLABLE_STRING,
      openedAt: DATE_TIME,
      firstRespondedAt: NULLABLE_DATE_TIME,
      resolvedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    assigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    category: 'INCIDENT',
    requesterContactId: '01950c00-0000-7000-8000-0000000000c1',
    resolution: 'Reset the sync token',
    openedAt: '2025-03-01T09:00:00.000Z',
    firstRespondedAt: '2025-03-01T09:30:00.000Z',
    resolvedAt: '2025-03-01T15:00:00.000Z',
  },
};
