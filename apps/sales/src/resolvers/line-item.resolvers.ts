import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard } from '@crm/permissions';
import { parseId, recordAudit, type RequestContext } from '@crm/subgraph-kit';
import type { DocumentLine } from '../data/document-line';
import { OpportunityLineItem } from '../data/opportunity-line-item.entity';
import { lockOpportunity } from '../data/opportunity.repository';
import { Opportunity } from '../data/opportunity.entity';
import { lineView, resolveLines, type LineRequest } from '../data/priced-lines';
import { isOpenStage } from '../domain/opportunity-stage';
import { priceDocument } from '../domain/quote-totals';
import { originOf } from '../events/event-origin';
import { opportunityUpdated } from '../events/opportunity-updated.event';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

interface SetLineItemsInput {
  opportunityId: string;
  version: number;
  items: LineRequest[];
  updateAmount?: boolean | null;
}

/**
 * Replaces a deal's line items. With `updateAmount` (the default) the deal's amount becomes the
 * lines' total, so the pipeline sums what is actually on the deal; that is an opportunity.updated.
 */
async function setOpportunityLineItems(input: SetLineItemsInput, context: Context) {
  const opportunityId = parseId('input.opportunityId', input.opportunityId);
  const result = await context.dataSource.transaction(async (manager) => {
    const before = await lockOpportunity(manager, opportunityId, input.version);
    assertRecordAccess(context.caller, 'opportunity:write', before.ownerId, `opportunity ${opportunityId}`);
    if (!isOpenStage(before.stage)) {
      throw badUserInput(
        'input.opportunityId',
        `the deal is ${before.stage}: reopen it to change its products`,
      );
    }
    const totals = priceDocument(
      await resolveLines(manager, input.items, before.currency, 'input.items'),
      before.currency,
    );
    const lines = totals.lines.map((line) =>
      Object.assign(new OpportunityLineItem(), { ...line, id: newId(), opportunityId }),
    );
    await manager.delete(OpportunityLineItem, { opportunityId });
    if (lines.length) await manager.insert(OpportunityLineItem, lines);
    const newAmount = (input.updateAmount ?? true) && lines.length > 0 ? totals.total : before.amount;
    const after: Opportunity = {
      ...before,
      amount: newAmount,
      updatedAt: new Date(),
      version: before.version + 1,
    };
    await manager.update(
      Opportunity,
      { id: opportunityId },
      { amount: after.amount, updatedAt: after.updatedAt, version: after.version },
    );
    if (after.amount !== before.amount) {
      await appendToOutbox(manager, [opportunityUpdated(after, ['amount'], originOf(context))]);
    }
    await recordAudit(manager, context, {
      action: 'setOpportunityLineItems',
      entityType: 'Opportunity',
      entityId: opportunityId,
      before: { amount: before.amount },
      after: { amount: after.amount, lineItems: totals.lines },
    });
    return { opportunity: after, lines, totals };
  });
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
      (_: unknown, { input }: { input: SetLineItemsInput }, context: Context) =>
        setOpportunityLineItems(input, context),
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
