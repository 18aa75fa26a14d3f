import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { setOpportunityLineItems } from '../changes/opportunity.changes';
import { lineView, type LineRequest } from '../data/priced-lines';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface SetLineItemsInput {
  opportunityId: string;
  version: number;
  items: LineRequest[];
  updateAmount?: boolean | null;
}

async function setLineItems(input: SetLineItemsInput, context: SalesContext) {
  const opportunityId = parseId('input.opportunityId', input.opportunityId);
  const result = await setOpportunityLineItems(scopeOfRequest(context), { ...input, opportunityId });
  context.loaders.opportunityById.clear(opportunityId);
  const currency = result.opportunity.currency;
  return {
    opportunity: result.opportunity,
    lines: result.lines.map((line) => lineView(line, currency)),
    subtotal: { amount: result.totals.subtotal, currency },
    total: { amount: result.totals.total, currency },
  };
}

export const lineItemResolvers: Resolvers = {
  Mutation: {
    setOpportunityLineItems: guard('opportunity:write', (_, { input }, context) =>
      setLineItems(input, context),
    ),
  },
  Opportunity: {
    lineItems: async (opportunity, _, context) =>
      (await context.loaders.lineItemsOfOpportunity.load(opportunity.id)).map((line) =>
        lineView(line, opportunity.currency),
      ),
  },
  DocumentLine: {
    product: (line, _, context) => (line.productId ? context.loaders.productById.load(line.productId) : null),
  },
};
