import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { setOpportunityLineItems } from '../changes/opportunity.changes';
import type { DocumentLine } from '../data/document-line';
import type { Opportunity } from '../data/opportunity.entity';
import { lineView, type LineRequest } from '../data/priced-lines';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

interface SetLineItemsInput {
  opportunityId: string;
  version: number;
  items: LineRequest[];
  updateAmount?: boolean | null;
}

async function setLineItems(input: SetLineItemsInput, context: Context) {
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

export const lineItemResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    setOpportunityLineItems: guard(
      'opportunity:write',
      (_: unknown, { input }: { input: SetLineItemsInput }, context: Context) => setLineItems(input, context),
    ),
  },
  Opportunity: {
    lineItems: async (opportunity: Opportunity, _: unknown, context: Context) =>
      (await context.loaders.lineItemsOfOpportunity.load(opportunity.id)).map((line) =>
        lineView(line, opportunity.currency),
      ),
  },
  DocumentLine: {
    product: (line: DocumentLine, _: unknown, context: Context) =>
      line.productId ? context.loaders.productById.load(line.productId) : null,
  },
};
