import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ComplaintClosedPayload {
  ticketId: string;
  number: number;
  customerId: string;
  queueId: string | null;
  severity: 'MINOR' | 'MAJOR' | 'CRITICAL';
  /** Why it happened, as the support team found it. */
  rootCause: string;
  /** What was done so it does not happen again. */
  correctiveAction: string;
  openedAt: string;
  closedAt: string;
}

export const complaintClosed: EventDefinition<'crm.service.complaint.closed', ComplaintClosedPayload> = {
  type: 'crm.service.complaint.closed',
  service: 'service',
  aggregate: 'ticket',
  version: 1,
  description:
    'A complaint (a ticket of category COMPLAINT) was closed with its root cause and corrective action (also published as ticket.closed).',
  aggregateIdField: 'ticketId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'ticketId',
      'number',
      'customerId',
      'queueId',
      'severity',
      'rootCause',
      'correctiveAction',
      'openedAt',
      'closedAt',
    ],
    properties: {
      ticketId: UUID,
      number: { type: 'integer', minimum: 1 },
      customerId: UUID,
      queueId: NULLABLE_UUID,
      severity: { type: 'string', enum: ['MINOR', 'MAJOR', 'CRITICAL'] },
      rootCause: { type: 'string', minLength: 1 },
      correctiveAction: { type: 'string', minLength: 1 },
      openedAt: DATE_TIME,
      closedAt: DATE_TIME,
    },
  },
  example: {
    ticketId: '01950d00-0000-7000-8000-000000000001',
    number: 1042,
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    severity: 'MAJOR',
    rootCause: 'The courier left the parcel outside in the rain',
    correctiveAction: 'Deliveries to this region now need a signature',
    openedAt: '2025-03-01T09:00:00.000Z',
    closedAt: '2025-03-04T15:00:00.000Z',
  },
};
