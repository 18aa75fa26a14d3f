import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';
import { TICKET_PRIORITY, type TicketPriorityName } from './ticket-fields.schema';
import { SLA_TARGET, type SlaTargetName } from './ticket-sla-fields.schema';

export interface TicketSlaWarningPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  assigneeId: string | null;
  priority: TicketPriorityName;
  /** The SLA policy whose target is at risk. */
  policyId: string;
  target: SlaTargetName;
  /** When the target falls due (business time, pauses excluded). */
  dueAt: string;
  /** Business minutes left until then. */
  remainingMinutes: number;
  /** The moment the warning share of the target was reached. */
  warnedAt: string;
}

export const ticketSlaWarning: EventDefinition<'crm.service.ticket.sla_warning', TicketSlaWarningPayload> = {
  type: 'crm.service.ticket.sla_warning',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    "A ticket used its SLA policy's warning share of a target (first response or resolution); published once per ticket and target.",
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'customerId',
      'queueId',
      'assigneeId',
      'priority',
      'policyId',
      'target',
      'dueAt',
      'remainingMinutes',
      'warnedAt',
    ],
    properties: {
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      assigneeId: NULLABLE_UUID,
      priority: TICKET_PRIORITY,
      policyId: UUID,
      target: SLA_TARGET,
      dueAt: DATE_TIME,
      remainingMinutes: { type: 'integer' },
      warnedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    assigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    priority: 'HIGH',
    policyId: '01950d10-0000-7000-8000-000000000001',
    target: 'FIRST_RESPONSE',
    dueAt: '2025-03-03T10:00:00.000Z',
    remainingMinutes: 15,
    warnedAt: '2025-03-03T09:45:00.000Z',
  },
};
