import { GraphQLError } from 'graphql';
import { SYSTEM_ACTOR } from '@crm/events';
import { PUBLIC, guard } from '@crm/permissions';
import type { Clock } from '@crm/scheduler';
import { scopeOfRequest, type ChangeScope } from '@crm/subgraph-kit';
import { answerSurvey } from '../changes/survey-response.changes';
import type { InvitationRefusal } from '../domain/survey-invitation';
import type { Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

/**
 * A refused link is CONFLICT (the invitation's state forbids it) with a reason a client can show a
 * page for; the field is the token.
 */
const REFUSALS: Record<InvitationRefusal, { reason: string; message: string }> = {
  ALREADY_ANSWERED: {
    reason: 'SURVEY_ALREADY_ANSWERED',
    message: 'This survey was already answered with this link; each link records one answer',
  },
  WITHDRAWN: {
    reason: 'SURVEY_LINK_WITHDRAWN',
    message: 'This survey link was withdrawn (the customer record was erased); it can no longer be answered',
  },
  EXPIRED: {
    reason: 'SURVEY_LINK_EXPIRED',
    message: 'This survey link has expired; it can no longer be answered',
  },
};

function refused(refusal: InvitationRefusal): GraphQLError {
  const { reason, message } = REFUSALS[refusal];
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', field: 'token', reason } });
}

/** The customer answers without a login: the token proves the invitation. Nobody is the actor. */
function customerScope(context: ServiceContext): ChangeScope {
  return {
    ...scopeOfRequest(context),
    origin: { actor: SYSTEM_ACTOR, correlationId: context.correlationId },
  };
}

/** answerSurvey is public (the gateway lets it through without a token); `clock` gives "now". */
export function surveyAnswerResolvers(clock: Clock): Resolvers {
  return {
    Mutation: {
      answerSurvey: guard(PUBLIC, async (_, { token, answers }, context) => {
        const outcome = await answerSurvey(customerScope(context), token, answers, clock);
        if (outcome.refusal) throw refused(outcome.refusal);
        return { recordedAt: outcome.recordedAt };
      }),
    },
  };
}
