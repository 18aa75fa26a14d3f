import type { MailConfig } from '@crm/config';
import { createMailSender, messageIdOn } from '@crm/mail';
import { systemClock, type Clock } from '@crm/scheduler';
import { invitationTtlDays } from './domain/survey-invitation';
import type { SurveyInvitationSettings } from './events/ticket-resolved.handler';

export interface SurveyOptions {
  /** Where invitations are sent through (the service's mail settings). */
  mail: MailConfig;
  /** Where surveys get "now" (invitation expiry, answers); the system clock unless a test sets one. */
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

/** The client app's page that takes the token and calls answerSurvey. */
const DEFAULT_ANSWER_URL = 'http://localhost:3000/survey';

export interface SurveySettings {
  clock: Clock;
  /** Null when this process sends no mail (no SMTP relay configured): no invitations then. */
  invitations: SurveyInvitationSettings | null;
  close(): void;
}

function answerUrlOf(env: NodeJS.ProcessEnv): string {
  const url = env.SURVEY_ANSWER_URL?.trim() || DEFAULT_ANSWER_URL;
  if (!URL.canParse(url)) throw new Error(`SURVEY_ANSWER_URL: must be an absolute URL (got "${url}")`);
  return url;
}

/** Survey settings from the environment (SURVEY_INVITATION_TTL_DAYS, SURVEY_ANSWER_URL) and the mail settings. */
export function surveySettings({
  mail,
  clock = systemClock,
  env = process.env,
}: SurveyOptions): SurveySettings {
  const ttlDays = invitationTtlDays(env);
  const answerUrl = answerUrlOf(env);
  if (!mail.relay) return { clock, invitations: null, close: () => {} };
  const sender = createMailSender(mail.relay);
  return {
    clock,
    invitations: {
      clock,
      ttlDays,
      answerUrl,
      sendMail: ({ to, subject, text, reference }) =>
        sender.send({
          from: mail.from,
          to,
          subject,
          text,
          messageId: messageIdOn(mail.messageIdDomain, reference),
        }),
    },
    close: () => sender.close(),
  };
}
