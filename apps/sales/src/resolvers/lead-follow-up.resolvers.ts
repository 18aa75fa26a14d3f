import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { logLeadFollowUp } from '../changes/lead.changes';
import { parseNewLeadFollowUp } from '../domain/new-lead-follow-up';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

interface LogFollowUpArgs {
  leadId: string;
  input: { type: string; note?: string | null; at?: Date | null };
}

export const leadFollowUpResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    logLeadFollowUp: guard('lead:write', (_: unknown, { leadId, input }: LogFollowUpArgs, context: Context) =>
      logLeadFollowUp(scopeOfRequest(context), {
        leadId: parseId('leadId', leadId),
        fields: parseNewLeadFollowUp(input, new Date()),
      }),
    ),
  },
};
