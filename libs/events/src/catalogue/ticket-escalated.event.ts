import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';
import { TICKET_PRIORITY, type TicketPriorityName } from './ticket-fields.schema';
import {
  ESCALATION_ACTION,
  SLA_TARGET,
  type EscalationActionName,
  type SlaTargetName,
} from './ticket-sla-fields.schema';

export interface TicketEscalatedPayload {
  ticketId: string;
  customerId: string;
  policyId: string;
  /** The breached target that caused the escalation. */
  target: SlaTargetName;
  action: EscalationActionName;
  previousPriority: TicketPriorityName;
  priority: TicketPriorityName;
  previousQueueId: string | null;
  queueId: string | null;
  previousAssigneeId: string | null;
  assigneeId: string | null;
  escalatedAt: string;
}

export const ticketEscalated: EventDefinition<'crm.service.ticket.escalated', TicketEscalatedPayload> = {
  type: 'crm.service.ticket.escalated',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    "A ticket that breached an SLA target was escalated by its policy: priority raised one step, reassigned to its queue's manager or moved to an escalation queue.",
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'customerId',
      'policyId',
      'target',
      'action',
      'previousPriority',
      'priority',
      'previousQueueId',
      'queueId',
      'previousAssigneeId',
      'assigneeId',
      'escalatedAt',
    ],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      policyId: UUID,
      target: SLA_TARGET,
      action: ESCALATION_ACTION,
      previousPriority: TICKET_PRIORITY,
      priority: TICKET_PRIORITY,
      previousQueueId: NULLABLE_UUID,
      queueId: NULLABLE_UUID,
      previousAssigneeId: NULLABLE_UUID,
      assigneeId: NULLABLE_UUID,
      escalatedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    policyId: '01950d10-0000-7000-8000-000000000001',
    target: 'FIRST_RESPONSE',
    action: 'RAISE_PRIORITY',
    previousPriority: 'HIGH',
    priority: 'URGENT',
    previousQueueId: '01950c80-0000-7000-8000-0000000000a1',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    previousAssigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    assigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    escalatedAt: '2025-03-03T10:00:00.000Z',
  },
};
