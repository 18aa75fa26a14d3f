import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { convertLead, type LeadConversion } from '../changes/lead.changes';
import { parseNewOpportunity } from '../domain/new-opportunity';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

interface ConvertLeadArgs {
  id: string;
  input?: { createOpportunity?: Record<string, unknown> | null } | null;
}

/** The deal a conversion opens: the caller's fields, on the new customer, owned by the lead's owner. */
const dealOfConversion = (input: Record<string, unknown>) => (customerId: string, ownerId: string | null) =>
  parseNewOpportunity({ ...input, customerId, ownerId }, 'input.createOpportunity');

export const leadConversionResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    convertLead: guard('lead:write', (_: unknown, { id, input }: ConvertLeadArgs, context: Context) =>
      convertLead(scopeOfRequest(context), {
        id: parseId('id', id),
        deal: input?.createOpportunity ? dealOfConversion(input.createOpportunity) : null,
      }),
    ),
  },
  ConvertLeadResult: {
    customer: (result: LeadConversion) => ({ __typename: 'Customer', id: result.customerId }),
  },
};
