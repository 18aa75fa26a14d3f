import { buildEvent, type EventOrigin } from '@crm/events';
import type { SurveyInvitation } from '../data/survey-invitation.entity';

export function surveySent(invitation: SurveyInvitation, origin: EventOrigin) {
  return buildEvent('crm.service.survey.sent', {
    subject: invitation.id,
    ...origin,
    data: {
      invitationId: invitation.id,
      surveyId: invitation.surveyId,
      ticketId: invitation.ticketId,
      customerId: invitation.customerId,
      queueId: invitation.queueId,
      assigneeId: invitation.assigneeId,
      sentAt: invitation.sentAt.toISOString(),
      expiresAt: invitation.expiresAt.toISOString(),
    },
  });
}
