import { notFound } from '@crm/errors';
import { guard, guardReference, withinQueueScope } from '@crm/permissions';
import { runIdempotently, scopeOfRequest } from '@crm/subgraph-kit';
import { recordFeedback } from '../changes/feedback.changes';
import { listFeedback } from '../data/feedback.repository';
import { parseFeedbackFilter, parseNewFeedback } from '../domain/feedback-input';
import type { RecordFeedbackInput, Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

async function recordFeedbackFor({ idempotencyKey, ...input }: RecordFeedbackInput, context: ServiceContext) {
  const fields = parseNewFeedback(input, new Date());
  const request = { operation: 'recordFeedback', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    return (await recordFeedback(scope, fields)).id;
  });
  const feedback = await context.loaders.feedbackById.load(id);
  if (!feedback) throw notFound('Feedback', id);
  return feedback;
}

export const feedbackResolvers: Resolvers = {
  Query: {
    feedback: guard('feedback:read', (_, { filter, first, after }, context) =>
      listFeedback(context.dataSource, parseFeedbackFilter(filter), { first, after }),
    ),
  },
  Mutation: {
    recordFeedback: guard('feedback:write', (_, { input }, context) => recordFeedbackFor(input, context)),
  },
  Customer: {
    feedback: guard('feedback:read', (customer, page, context) =>
      context.loaders.feedbackOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  Feedback: {
    __resolveReference: guardReference('feedback:read', (reference, context) =>
      context.loaders.feedbackById.load(reference.id),
    ),
    customer: (feedback) => ({ id: feedback.customerId }),
    // Only for those who may read the ticket's queue: feedback readers are not all ticket readers.
    ticket: async (feedback, _, context) =>
      feedback.ticketId
        ? withinQueueScope(
            context.caller,
            'ticket:read',
            await context.loaders.ticketById.load(feedback.ticketId),
          )
        : null,
    recordedBy: (feedback) => (feedback.recordedBy ? { __typename: 'User', id: feedback.recordedBy } : null),
  },
};
