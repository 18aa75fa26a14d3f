import type { SurveyQuestion } from './survey-question';

export interface InvitationMailInput {
  ticketNumber: number;
  ticketSubject: string;
  surveyName: string;
  questions: SurveyQuestion[];
  /** The page of the client app that answers with the token (SURVEY_ANSWER_URL). */
  answerUrl: string;
  token: string;
  expiresAt: Date;
}

export interface InvitationMail {
  subject: string;
  text: string;
}

function describe(question: SurveyQuestion): string {
  const scale =
    question.kind === 'CSAT'
      ? ' (1 = very unsatisfied … 5 = very satisfied)'
      : question.kind === 'NPS'
        ? ' (0 = not at all likely … 10 = extremely likely)'
        : question.kind === 'CHOICE'
          ? ` (${question.options.join(' / ')})`
          : '';
  return `${question.id}. ${question.prompt}${scale}${question.required ? '' : ' (optional)'}`;
}

/** The invitation's text: what the survey asks, and the single-use link with its expiry. */
export function invitationMail(input: InvitationMailInput): InvitationMail {
  const link = new URL(input.answerUrl);
  link.searchParams.set('token', input.token);
  return {
    subject: `[#${input.ticketNumber}] How did we do? ${input.ticketSubject}`,
    text: [
      `Your request "${input.ticketSubject}" (#${input.ticketNumber}) was resolved.`,
      `Please tell us how we did: "${input.surveyName}" takes a minute.`,
      '',
      ...input.questions.map(describe),
      '',
      `Answer here: ${link.toString()}`,
      `The link works once, until ${input.expiresAt.toISOString()}.`,
    ].join('\n'),
  };
}
