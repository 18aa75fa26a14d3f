import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';
import { TICKET_PRIORITY, type TicketPriorityName } from './ticket-fields.schema';
import { SLA_TARGET, type SlaTargetName } from './ticket-sla-fields.schema';

export interface TicketSlaBreachedPayload {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  assigneeId: string | null;
  priority: TicketPriorityName;
  policyId: string;
  target: SlaTargetName;
  /** The target's due time, now passed. */
  dueAt: string;
  /** The target in business minutes. */
  targetMinutes: number;
  breachedAt: string;
}

export const ticketSlaBreached: EventDefinition<'crm.service.ticket.sla_breached', TicketSlaBreachedPayload> =
  {
    type: 'crm.service.ticket.sla_breached',
    service: 'service',
    aggregate: 'ticket',
    version: 1,
    description:
      'A ticket passed an SLA target (first response or resolution) without meeting it; published once per ticket and target, before the escalation.',
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
        'targetMinutes',
        'breachedAt',
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
        targetMinutes: { type: 'integer', minimum: 1 },
        breachedAt: DATE_TIME,
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
      targetMinutes: 60,
      breachedAt: '2025-03-03T10:00:00.000Z',
    },
  };
