import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

const nullableScore = (minimum: number, maximum: number) =>
  ({ anyOf: [{ type: 'integer', minimum, maximum }, NULL_SCHEMA] }) as const;

/** The scores only: free-text answers stay in the service (they may hold personal data). */
export interface SurveyResponseRecordedPayload {
  responseId: string;
  invitationId: string;
  surveyId: string;
  ticketId: string;
  customerId: string;
  queueId: string | null;
  assigneeId: string | null;
  /** The answer to the survey's CSAT question, 1–5; null when it has none or it was skipped. */
  csatScore: number | null;
  /** The answer to the survey's NPS question, 0–10; null when it has none or it was skipped. */
  npsScore: number | null;
  respondedAt: string;
}

export const surveyResponseRecorded: EventDefinition<
  'crm.service.survey.response_recorded',
  SurveyResponseRecordedPayload
> = {
  type: 'crm.service.survey.response_recorded',
  service: 'service',
  aggregate: 'survey',
  version: 1,
  description:
    'A customer answered a satisfaction survey through their invitation (once per invitation), with the CSAT and NPS scores.',
  aggregateIdField: 'invitationId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'responseId',
      'invitationId',
      'surveyId',
      'ticketId',
      'customerId',
      'queueId',
      'assigneeId',
      'csatScore',
      'npsScore',
      'respondedAt',
    ],
    properties: {
      responseId: UUID,
      invitationId: UUID,
      surveyId: UUID,
      ticketId: UUID,
      customerId: UUID,
      queueId: NULLABLE_UUID,
      assigneeId: NULLABLE_UUID,
      csatScore: nullableScore(1, 5),
      npsScore: nullableScore(0, 10),
      respondedAt: DATE_TIME,
    },
  },
  example: {
    responseId: '01950e20-0000-7000-8000-000000000001',
    invitationId: '01950e10-0000-7000-8000-000000000001',
    surveyId: '01950e00-0000-7000-8000-000000000001',
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    assigneeId: '01950c80-0000-7000-8000-00000000a1e5',
    csatScore: 4,
    npsScore: 9,
    respondedAt: '2025-03-02T10:00:00.000Z',
  },
};
