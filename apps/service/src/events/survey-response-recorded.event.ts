import { buildEvent, type EventOrigin } from '@crm/events';
import type { SurveyResponse } from '../data/survey-response.entity';

export function surveyResponseRecorded(response: SurveyResponse, origin: EventOrigin) {
  return buildEvent('crm.service.survey.response_recorded', {
    subject: response.invitationId,
    ...origin,
    data: {
      responseId: response.id,
      invitationId: response.invitationId,
      surveyId: response.surveyId,
      ticketId: response.ticketId,
      customerId: response.customerId,
      queueId: response.queueId,
      assigneeId: response.assigneeId,
      csatScore: response.csatScore,
      npsScore: response.npsScore,
      respondedAt: response.respondedAt.toISOString(),
    },
  });
}
