import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TicketAssignedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  /** The agent who now works the ticket; null when it went back to the queue unassigned. */
  assigneeId: string | null;
  previousAssigneeId: string | null;
  previousQueueId: string | null;
  /** ROUND_ROBIN, LEAST_OPEN, CATEGORY, ESCALATION or MANUAL: who or what chose the assignee. */
  rule: 'ROUND_ROBIN' | 'LEAST_OPEN' | 'CATEGORY' | 'ESCALATION' | 'MANUAL';
  assignedAt: string;
}

export const ticketAssigned: EventDefinition<'crm.service.ticket.assigned', TicketAssignedPayload> = {
  type: 'crm.service.ticket.assigned',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    "A ticket got an assignee or moved queue: by the queue's assignment rule, an escalation or by hand.",
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'customerId',
      'queueId',
      'assigneeId',
      'previousAssigneeId',
      'previousQueueId',
      'rule',
      'assignedAt',
    ],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      assigneeId: NULLABLE_UUID,
      previousAssigneeId: NULLABLE_UUID,
      previousQueueId: NULLABLE_UUID,
      rule: { type: 'string', enum: ['ROUND_ROBIN', 'LEAST_OPEN', 'CATEGORY', 'ESCALATION', 'MANUAL'] },
      assignedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    assigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    previousAssigneeId: null,
    previousQueueId: '01950c80-0000-7000-8000-0000000000a1',
    rule: 'ROUND_ROBIN',
    assignedAt: '2025-03-01T09:00:01.000Z',
  },
};
