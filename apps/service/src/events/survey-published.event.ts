import { buildEvent, type EventOrigin } from '@crm/events';
import type { Survey } from '../data/survey.entity';

export function surveyPublished(survey: Survey, replacedSurveyId: string | null, origin: EventOrigin) {
  return buildEvent('crm.service.survey.published', {
    subject: survey.id,
    ...origin,
    data: {
      surveyId: survey.id,
      queueId: survey.queueId,
      name: survey.name,
      questionKinds: survey.questions.map((question) => question.kind),
      replacedSurveyId,
      actorId: origin.actor,
      publishedAt: (survey.activatedAt ?? survey.updatedAt).toISOString(),
    },
  });
}
