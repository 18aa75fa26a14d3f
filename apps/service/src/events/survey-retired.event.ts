import { buildEvent, type EventOrigin } from '@crm/events';
import type { Survey } from '../data/survey.entity';

export function surveyRetired(survey: Survey, replacedBySurveyId: string | null, origin: EventOrigin) {
  return buildEvent('crm.service.survey.retired', {
    subject: survey.id,
    ...origin,
    data: {
      surveyId: survey.id,
      queueId: survey.queueId,
      replacedBySurveyId,
      actorId: origin.actor,
      retiredAt: (survey.retiredAt ?? survey.updatedAt).toISOString(),
    },
  });
}
