import { updateWithVersion } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { SurveyInvitation } from '../data/survey-invitation.entity';
import {
  lockInvitationsOfCustomer,
  lockInvitationsOfCustomersMergedInto,
} from '../data/survey-invitation.repository';
import { SurveyResponse } from '../data/survey-response.entity';
import {
  lockResponsesOfCustomer,
  lockResponsesOfCustomersMergedInto,
} from '../data/survey-response.repository';
import { erasedAnswers } from '../domain/survey-answers';

/** customer.merged: invitations and responses of customers merged into `survivorId` count for it. */
export function moveSurveyAnswersToSurvivor(
  scope: ChangeScope,
  survivorId: string,
  mergedAt: Date,
): Promise<void> {
  return runChange(scope, async (change) => {
    for (const invitation of await lockInvitationsOfCustomersMergedInto(change.manager, survivorId))
      await change.update(
        SurveyInvitation,
        invitation,
        { customerId: survivorId },
        { action: 'moveSurveyToSurvivor' },
      );
    for (const response of await lockResponsesOfCustomersMergedInto(change.manager, survivorId))
      await change.update(
        SurveyResponse,
        response,
        { customerId: survivorId, updatedAt: mergedAt },
        { action: 'moveSurveyToSurvivor' },
      );
  });
}

/**
 * customer.erased (GDPR Art. 17): the free-text answers go, scores and choices stay for the
 * reports; unanswered invitations stop working. The audit says what was erased, not what it was.
 */
export function eraseSurveyTextOf(scope: ChangeScope, customerId: string, erasedAt: Date): Promise<void> {
  return runChange(scope, async (change) => {
    for (const response of await lockResponsesOfCustomer(change.manager, customerId)) {
      const answers = erasedAnswers(response.answers);
      if (!answers) continue;
      await updateWithVersion(change.manager, SurveyResponse, response.id, response.version, {
        answers,
        updatedAt: erasedAt,
      });
      change.audit({
        action: 'eraseSurveyText',
        entityType: 'SurveyResponse',
        entityId: response.id,
        before: {},
        after: { answers: 'free text erased' },
      });
    }
    for (const invitation of await lockInvitationsOfCustomer(change.manager, customerId))
      if (!invitation.answeredAt && !invitation.revokedAt)
        await change.update(
          SurveyInvitation,
          invitation,
          { revokedAt: erasedAt },
          { action: 'revokeSurveyInvitation' },
        );
  });
}
