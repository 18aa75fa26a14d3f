import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId, parseCurrency } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard, guardReference, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  parseId,
  recordAudit,
  recordCreation,
  type RequestContext,
} from '@crm/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { dealOf, knownCustomer } from '../data/document-parties';
import { lockVersioned } from '../data/lock-versioned';
import { OpportunityLineItem } from '../data/opportunity-line-item.entity';
import { lineView, resolveLines, type LineRequest } from '../data/priced-lines';
import { QuoteLine } from '../data/quote-line.entity';
import { Quote } from '../data/quote.entity';
import { todayInUtc } from '../domain/contract-terms';
import { decideQuote, effectiveQuoteStatus, type QuoteDecision } from '../domain/quote-status';
import { parseDiscountPercent, priceDocument } from '../domain/quote-totals';
import { quoteAccepted } from '../events/quote-accepted.event';
import { quoteIssued } from '../events/quote-issued.event';
import type { SalesLoaders } from '../sales-loaders';
import { dealShown } from './document-links';
import { isGiven } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface CreateQuoteInput {
  opportunityId?: string | null;
  customerId?: string | null;
  currency?: string | null;
  lines?: LineRequest[] | null;
  discountPercent?: string | null;
  validUntil: string;
}

async function quoteById(id: string, context: Context, field = 'id'): Promise<Quote> {
  const quote = await context.loaders.quoteById.load(parseId(field, id));
  if (!quote) throw notFound('Quote', id, field);
  assertRecordAccess(context.caller, 'order:read', quote.ownerId, `quote ${id}`);
  return quote;
}

/** Who the quote is for, in which currency, owned by whom, and the lines it starts from. */
async function quoteParties(manager: EntityManager, input: CreateQuoteInput) {
  if (isGiven(input.opportunityId) === isGiven(input.customerId)) {
    throw badUserInput('input.opportunityId', 'give either an opportunityId or a customerId');
  }
  if (isGiven(input.opportunityId)) {
    const deal = await dealOf(
      manager,
      parseId('input.opportunityId', input.opportunityId!),
      'input.opportunityId',
    );
    if (input.currency && input.currency !== deal.currency) {
      throw badUserInput(
        'input.currency',
        `must be the deal's currency ${deal.currency} (got ${input.currency})`,
      );
    }
    const items = await manager.find(OpportunityLineItem, {
      where: { opportunityId: deal.id },
      order: { position: 'ASC' },
    });
    const lines = input.lines ?? items;
    if (!lines.length) throw badUserInput('input.lines', 'the deal has no line items: give the quote lines');
    return {
      customerId: deal.customerId,
      opportunityId: deal.id,
      ownerId: deal.ownerId,
      currency: deal.currency,
      lines,
    };
  }
  const customer = await knownCustomer(
    manager,
    parseId('input.customerId', input.customerId!),
    'input.customerId',
  );
  if (!input.currency) throw badUserInput('input.currency', 'is required for a quote without a deal');
  if (!input.lines?.length) throw badUserInput('input.lines', 'must have at least one line');
  return {
    customerId: customer.id,
    opportunityId: null,
    ownerId: customer.ownerId,
    currency: parseCurrency('input.currency', input.currency),
    lines: input.lines,
  };
}

async function createQuote(
  { idempotencyKey, ...input }: CreateQuoteInput & { idempotencyKey?: string | null },
  context: Context,
): Promise<Quote> {
  const discountPercent = parseDiscountPercent('input.discountPercent', input.discountPercent);
  if (input.validUntil < todayInUtc())
    throw badUserInput('input.validUntil', `must not be in the past (got ${input.validUntil})`);
  const request = { operation: 'createQuote', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const parties = await quoteParties(manager, input);
    assertRecordAccess(context.caller, 'order:write', parties.ownerId, `the customer's or deal's documents`);
    const totals = priceDocument(
      await resolveLines(manager, parties.lines, parties.currency, 'input.lines'),
      parties.currency,
      discountPercent,
    );
    const now = new Date();
    const quote = Object.assign(new Quote(), {
      id: newId(),
      customerId: parties.customerId,
      opportunityId: parties.opportunityId,
      ownerId: parties.ownerId,
      status: 'DRAFT',
      currency: parties.currency,
      discountPercent,
      subtotal: totals.subtotal,
      discountTotal: totals.discountTotal,
      total: totals.total,
      validUntil: input.validUntil,
      issuedAt: null,
      decidedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await manager.insert(Quote, quote);
    await manager.insert(
      QuoteLine,
      totals.lines.map((line) => Object.assign(new QuoteLine(), { ...line, id: newId(), quoteId: quote.id })),
    );
    await recordCreation(manager, context, 'createQuote', 'Quote', quote, { ...quote, lines: totals.lines });
    return quote.id;
  });
  return quoteById(id, context);
}

const DECISION_EVENTS = { issue: quoteIssued, accept: quoteAccepted, reject: null } as const;

async function decide(
  decision: QuoteDecision,
  input: { id: string; version: number },
  context: Context,
): Promise<Quote> {
  const id = parseId('input.id', input.id);
  await context.dataSource.transaction(async (manager) => {
    const before = await lockVersioned(manager, Quote, id, input.version);
    assertRecordAccess(context.caller, 'order:write', before.ownerId, `quote ${id}`);
    const now = new Date();
    const status = decideQuote(before.status, before.validUntil, todayInUtc(now), decision, 'input.id');
    const changes = decision === 'issue' ? { status, issuedAt: now } : { status, decidedAt: now };
    const after = { ...before, ...changes, updatedAt: now, version: before.version + 1 };
    await manager.update(Quote, { id }, { ...changes, updatedAt: now, version: after.version });
    const event = DECISION_EVENTS[decision];
    if (event) await appendToOutbox(manager, [event(after, context.caller.userId, context.correlationId)]);
    await recordAudit(manager, context, {
      action: `${decision}Quote`,
      entityType: 'Quote',
      entityId: id,
      before,
      after,
    });
  });
  context.loaders.quoteById.clear(id);
  return quoteById(id, context);
}

type DecisionArgs = { input: { id: string; version: number } };

export const quoteResolvers: GraphQLResolverMap<Context> = {
  Query: {
    quote: guard('order:read', (_: unknown, { id }: { id: string }, context: Context) =>
      quoteById(id, context),
    ),
  },
  Mutation: {
    createQuote: guard(
      'order:write',
      (_: unknown, { input }: { input: CreateQuoteInput }, context: Context) => createQuote(input, context),
    ),
    issueQuote: guard('order:write', (_: unknown, { input }: DecisionArgs, context: Context) =>
      decide('issue', input, context),
    ),
    acceptQuote: guard('order:write', (_: unknown, { input }: DecisionArgs, context: Context) =>
      decide('accept', input, context),
    ),
    rejectQuote: guard('order:write', (_: unknown, { input }: DecisionArgs, context: Context) =>
      decide('reject', input, context),
    ),
  },
  Quote: {
    __resolveReference: guardReference('order:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'order:read', await context.loaders.quoteById.load(reference.id)),
    ),
    customer: (quote: Quote) => ({ __typename: 'Customer', id: quote.customerId }),
    opportunity: (quote: Quote, _: unknown, context: Context) => dealShown(quote.opportunityId, context),
    owner: (quote: Quote) => (quote.ownerId ? { __typename: 'User', id: quote.ownerId } : null),
    status: (quote: Quote) => effectiveQuoteStatus(quote.status, quote.validUntil, todayInUtc()),
    lines: async (quote: Quote, _: unknown, context: Context) =>
      (await context.loaders.linesOfQuote.load(quote.id)).map((line) => lineView(line, quote.currency)),
    subtotal: (quote: Quote) => ({ amount: quote.subtotal, currency: quote.currency }),
    discountTotal: (quote: Quote) => ({ amount: quote.discountTotal, currency: quote.currency }),
    total: (quote: Quote) => ({ amount: quote.total, currency: quote.currency }),
  },
};
