import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { inviteToSurvey, type InvitationSettings } from '../changes/survey-invitation.changes';
import { invitationMail } from '../domain/survey-invitation-mail';

/**
 * Sends one mail; a failure throws, so the event is retried and nothing of the invitation stays.
 * `reference` names what the mail is about, for its Message-ID.
 */
export type SendMail = (mail: {
  to: string;
  subject: string;
  text: string;
  reference: string;
}) => Promise<void>;

export interface SurveyInvitationSettings extends InvitationSettings {
  /** The client app's page that answers with the token (SURVEY_ANSWER_URL). */
  answerUrl: string;
  sendMail: SendMail;
}

/**
 * ticket.resolved (the service's own event): invites the requester to the queue's survey. The mail
 * goes out inside the consumer's transaction, after the invitation is written: if sending fails the
 * transaction rolls back and the event is retried; if the commit fails after sending, the retry
 * mails a new link and the first one never worked (only committed hashes open a survey).
 */
export function onTicketResolved(
  settings: SurveyInvitationSettings,
): EventHandler<'crm.service.ticket.resolved'> {
  return async (event, manager) => {
    const { data } = event;
    const sent = await inviteToSurvey(
      scopeOfEvent('service', manager, event),
      { ...data, resolvedAt: new Date(data.resolvedAt) },
      settings,
    );
    if (!sent) return;
    const mail = invitationMail({
      ticketNumber: sent.ticket.number,
      ticketSubject: sent.ticket.subject,
      surveyName: sent.survey.name,
      questions: sent.survey.questions,
      answerUrl: settings.answerUrl,
      token: sent.token,
      expiresAt: sent.invitation.expiresAt,
    });
    await settings.sendMail({ to: sent.to, ...mail, reference: `survey-invitation-${sent.invitation.id}` });
  };
}
