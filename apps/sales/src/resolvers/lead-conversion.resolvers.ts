import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { convertLead } from '../changes/lead.changes';
import { parseNewOpportunity } from '../domain/new-opportunity';
import type { Resolvers } from '../generated/resolvers-types';

/** The deal a conversion opens: the caller's fields, on the new customer, owned by the lead's owner. */
const dealOfConversion = (input: Record<string, unknown>) => (customerId: string, ownerId: string | null) =>
  parseNewOpportunity({ ...input, customerId, ownerId }, 'input.createOpportunity');

export const leadConversionResolvers: Resolvers = {
  Mutation: {
    convertLead: guard('lead:write', (_, { id, input }, context) =>
      convertLead(scopeOfRequest(context), {
        id: parseId('id', id),
        deal: input?.createOpportunity ? dealOfConversion(input.createOpportunity) : null,
      }),
    ),
  },
  ConvertLeadResult: {
    customer: (result) => ({ __typename: 'Customer', id: result.customerId }),
  },
};
