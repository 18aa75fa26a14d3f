import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { logLeadFollowUp } from '../changes/lead.changes';
import { parseNewLeadFollowUp } from '../domain/new-lead-follow-up';
import type { Resolvers } from '../generated/resolvers-types';

export const leadFollowUpResolvers: Resolvers = {
  Mutation: {
    logLeadFollowUp: guard('lead:write', (_, { leadId, input }, context) =>
      logLeadFollowUp(scopeOfRequest(context), {
        leadId: parseId('leadId', leadId),
        fields: parseNewLeadFollowUp(input, new Date()),
      }),
    ),
  },
};
