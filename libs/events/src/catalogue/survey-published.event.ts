import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export const SURVEY_QUESTION_KINDS = ['CSAT', 'NPS', 'CHOICE', 'TEXT'] as const;
export type SurveyQuestionKindName = (typeof SURVEY_QUESTION_KINDS)[number];

export interface SurveyPublishedPayload {
  surveyId: string;
  /** The queue (support team) whose resolved tickets it goes to; null: the default survey. */
  queueId: string | null;
  name: string;
  /** The kinds of its questions, in order. */
  questionKinds: SurveyQuestionKindName[];
  /** The survey it replaced as the queue's active one (now retired); null when there was none. */
  replacedSurveyId: string | null;
  actorId: string;
  publishedAt: string;
}

export const surveyPublished: EventDefinition<'crm.service.survey.published', SurveyPublishedPayload> = {
  type: 'crm.service.survey.published',
  service: 'service',
  aggregate: 'survey',
  version: 1,
  description:
    "A satisfaction survey became its queue's active survey (DRAFT → ACTIVE): resolved tickets of the queue now invite customers to it.",
  aggregateIdField: 'surveyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['surveyId', 'queueId', 'name', 'questionKinds', 'replacedSurveyId', 'actorId', 'publishedAt'],
    properties: {
      surveyId: UUID,
      queueId: NULLABLE_UUID,
      name: { type: 'string' },
      questionKinds: { type: 'array', items: { type: 'string', enum: SURVEY_QUESTION_KINDS } },
      replacedSurveyId: NULLABLE_UUID,
      actorId: { type: 'string' },
      publishedAt: DATE_TIME,
    },
  },
  example: {
    surveyId: '01950e00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    name: 'After-support survey',
    questionKinds: ['CSAT', 'NPS', 'TEXT'],
    replacedSurveyId: null,
    actorId: '01950c80-0000-7000-8000-00000000a1e5',
    publishedAt: '2025-03-01T08:00:00.000Z',
  },
};
