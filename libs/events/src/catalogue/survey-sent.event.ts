import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

/** Neither the address nor the token: the first is personal data, the second a password. */
export interface SurveySentPayload {
  invitationId: string;
  surveyId: string;
  ticketId: string;
  customerId: string;
  queueId: string | null;
  /** The agent who resolved the ticket: the answer counts for them. */
  assigneeId: string | null;
  sentAt: string;
  /** The invitation's single-use link works until then. */
  expiresAt: string;
}

export const surveySent: EventDefinition<'crm.service.survey.sent', SurveySentPayload> = {
  type: 'crm.service.survey.sent',
  service: 'service',
  aggregate: 'survey',
  version: 1,
  description:
    "A resolved ticket's requester was mailed an invitation to a satisfaction survey, with a single-use link that expires.",
  aggregateIdField: 'invitationId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'invitationId',
      'surveyId',
      'ticketId',
      'customerId',
      'queueId',
      'assigneeId',
      'sentAt',
      'expiresAt',
    ],
    properties: {
      invitationId: UUID,
      surveyId: UUID,
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      assigneeId: NULLABLE_UUID,
      sentAt: DATE_TIME,
      expiresAt: DATE_TIME,
    },
  },
  example: {
    invitationId: '01950e10-0000-7000-8000-000000000001',
    surveyId: '01950e00-0000-7000-8000-000000000001',
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    assigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    sentAt: '2025-03-01T15:00:05.000Z',
    expiresAt: '2025-03-15T15:00:05.000Z',
  },
};
