import { newId } from '@crm/db';
import { CrmError, ErrorCode } from '@crm/errors';
import type { Clock } from '@crm/scheduler';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { SurveyInvitation } from '../data/survey-invitation.entity';
import { lockInvitationByTokenHash } from '../data/survey-invitation.repository';
import { SurveyResponse } from '../data/survey-response.entity';
import { Survey } from '../data/survey.entity';
import { parseSurveyAnswers, type SurveyAnswerInput } from '../domain/survey-answers';
import { invitationRefusal, invitationTokenHash, type InvitationRefusal } from '../domain/survey-invitation';
import { surveyResponseRecorded } from '../events/survey-response-recorded.event';

export type AnswerOutcome = { recordedAt: Date; refusal?: never } | { refusal: InvitationRefusal };

const unknownToken = () =>
  new CrmError(
    ErrorCode.NotFound,
    'No survey invitation has this token: use the link from the invitation mail as it is',
    'token',
  );

/**
 * Records a customer's answers through their invitation's token, once: the invitation is locked,
 * so of two answers sent at the same moment one wins and the other finds it answered. A used or
 * expired link records nothing and says why; answers that do not fit the survey are BAD_USER_INPUT.
 */
export function answerSurvey(
  scope: ChangeScope,
  token: string,
  input: SurveyAnswerInput[],
  clock: Clock,
): Promise<AnswerOutcome> {
  return runChange(scope, async (change) => {
    const invitation = await lockInvitationByTokenHash(change.manager, invitationTokenHash(token));
    if (!invitation) throw unknownToken();
    const now = clock.now();
    const refusal = invitationRefusal(invitation, now);
    if (refusal) return { refusal };
    const survey = await change.manager.findOneByOrFail(Survey, { id: invitation.surveyId });
    const parsed = parseSurveyAnswers(survey.questions, input, 'answers');
    await change.update(SurveyInvitation, invitation, { answeredAt: now }, { action: 'answerSurvey' });
    const response = Object.assign(new SurveyResponse(), {
      id: newId(),
      invitationId: invitation.id,
      surveyId: survey.id,
      ticketId: invitation.ticketId,
      customerId: invitation.customerId,
      queueId: invitation.queueId,
      assigneeId: invitation.assigneeId,
      ...parsed,
      respondedAt: now,
      updatedAt: now,
      version: 1,
    } satisfies SurveyResponse);
    await change.insert(SurveyResponse, response, { action: 'answerSurvey' });
    change.publish(surveyResponseRecorded(response, change.origin));
    return { recordedAt: now };
  });
}
