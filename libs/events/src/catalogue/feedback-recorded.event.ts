import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export const FEEDBACK_CATEGORIES = ['SUGGESTION', 'PRAISE'] as const;

export interface FeedbackRecordedPayload {
  feedbackId: string;
  customerId: string;
  contactId: string | null;
  ticketId: string | null;
  category: (typeof FEEDBACK_CATEGORIES)[number];
  receivedAt: string;
  recordedBy: string;
}

/**
 * The feedback's text stays in the service, where a customer's erasure can reach it: a Kafka
 * topic cannot forget what it was once sent.
 */
export const feedbackRecorded: EventDefinition<'crm.service.feedback.recorded', FeedbackRecordedPayload> = {
  type: 'crm.service.feedback.recorded',
  service: 'service',
  aggregate: 'feedback',
  version: 1,
  description:
    "A customer's suggestion or praise was recorded (the text is read through the graph: it is erased with the customer).",
  aggregateIdField: 'feedbackId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['feedbackId', 'customerId', 'contactId', 'ticketId', 'category', 'receivedAt', 'recordedBy'],
    properties: {
      feedbackId: UUID,
      customerId: UUID,
      contactId: NULLABLE_UUID,
      ticketId: NULLABLE_UUID,
      category: { type: 'string', enum: FEEDBACK_CATEGORIES },
      receivedAt: DATE_TIME,
      recordedBy: UUID,
    },
  },
  example: {
    feedbackId: '01950f00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    contactId: null,
    ticketId: '01950d00-0000-7000-8000-000000000001',
    category: 'SUGGESTION',
    receivedAt: '2025-03-01T09:00:00.000Z',
    recordedBy: '01950c80-0000-7000-8000-00000000a1e5',
  },
};
