import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface SurveyRetiredPayload {
  surveyId: string;
  queueId: string | null;
  /** The survey that replaced it, when publishing another one retired it; null when retired by hand. */
  replacedBySurveyId: string | null;
  actorId: string;
  retiredAt: string;
}

export const surveyRetired: EventDefinition<'crm.service.survey.retired', SurveyRetiredPayload> = {
  type: 'crm.service.survey.retired',
  service: 'service',
  aggregate: 'survey',
  version: 1,
  description:
    'A satisfaction survey was retired (ACTIVE → RETIRED): no new invitations go out for it; sent ones can still be answered.',
  aggregateIdField: 'surveyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['surveyId', 'queueId', 'replacedBySurveyId', 'actorId', 'retiredAt'],
    properties: {
      surveyId: UUID,
      queueId: NULLABLE_UUID,
      replacedBySurveyId: NULLABLE_UUID,
      actorId: { type: 'string' },
      retiredAt: DATE_TIME,
    },
  },
  example: {
    surveyId: '01950e00-0000-7000-8000-000000000001',
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    replacedBySurveyId: '01950e00-0000-7000-8000-000000000002',
    actorId: '01950c80-0000-7000-8000-00000000a1e5',
    retiredAt: '2025-04-01T08:00:00.000Z',
  },
};
