import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, withinScope } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { createQuote, decideOnQuote, type QuoteBasis } from '../changes/quote.changes';
import { lineView, type LineRequest } from '../data/priced-lines';
import type { Quote } from '../data/quote.entity';
import { todayInUtc } from '../domain/contract-terms';
import { assertValidUntil, exactlyOneSource } from '../domain/document-sources';
import { effectiveQuoteStatus, type QuoteDecision } from '../domain/quote-status';
import { parseDiscountPercent } from '../domain/quote-totals';
import { dealShown } from './document-links';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface CreateQuoteInput {
  opportunityId?: string | null;
  customerId?: string | null;
  currency?: string | null;
  lines?: LineRequest[] | null;
  discountPercent?: string | null;
  validUntil: string;
}

async function quoteById(id: string, context: SalesContext, field = 'id'): Promise<Quote> {
  const quote = await context.loaders.quoteById.load(parseId(field, id));
  if (!quote) throw notFound('Quote', id, field);
  assertRecordAccess(context.caller, 'order:read', quote.ownerId, `quote ${id}`);
  return quote;
}

/** Who the quote is for, its id parsed: a deal or a customer. */
function quoteBasis(input: CreateQuoteInput): QuoteBasis {
  const source = exactlyOneSource(
    input,
    ['opportunityId', 'customerId'] as const,
    'give either an opportunityId or a customerId',
  );
  const id = parseId(`input.${source}`, input[source]!);
  return source === 'opportunityId' ? { opportunityId: id } : { customerId: id };
}

async function createNewQuote(
  { idempotencyKey, ...input }: CreateQuoteInput & { idempotencyKey?: string | null },
  context: SalesContext,
): Promise<Quote> {
  // Left out: the customer's loyalty level sets it (loyalty.level_changed), else none.
  const discountPercent =
    input.discountPercent === null || input.discountPercent === undefined
      ? null
      : parseDiscountPercent('input.discountPercent', input.discountPercent);
  assertValidUntil(input.validUntil, todayInUtc());
  const basis = quoteBasis(input);
  const request = { operation: 'createQuote', key: idempotencyKey, input };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const quote = await createQuote(scope, {
      basis,
      currency: input.currency ?? null,
      lines: input.lines ?? null,
      discountPercent,
      validUntil: input.validUntil,
    });
    return quote.id;
  });
  return quoteById(id, context);
}

type DecisionArgs = { input: { id: string; version: number } };

/** Issues, accepts or rejects the quote, and shows it as it is now. */
async function decide(
  decision: QuoteDecision,
  { input }: DecisionArgs,
  context: SalesContext,
): Promise<Quote> {
  const quote = await decideOnQuote(scopeOfRequest(context), decision, {
    id: parseId('input.id', input.id),
    version: input.version,
  });
  context.loaders.quoteById.clear(quote.id);
  return quoteById(quote.id, context);
}

export const quoteResolvers: Resolvers = {
  Query: {
    quote: guard('order:read', (_, { id }, context) => quoteById(id, context)),
  },
  Mutation: {
    createQuote: guard('order:write', (_, { input }, context) => createNewQuote(input, context)),
    issueQuote: guard('order:write', (_, args, context) => decide('issue', args, context)),
    acceptQuote: guard('order:write', (_, args, context) => decide('accept', args, context)),
    rejectQuote: guard('order:write', (_, args, context) => decide('reject', args, context)),
  },
  Quote: {
    __resolveReference: guardReference('order:read', async (reference, context) =>
      withinScope(context.caller, 'order:read', await context.loaders.quoteById.load(reference.id)),
    ),
    customer: (quote) => ({ __typename: 'Customer', id: quote.customerId }),
    opportunity: (quote, _, context) => dealShown(quote.opportunityId, context),
    owner: (quote) => (quote.ownerId ? { __typename: 'User', id: quote.ownerId } : null),
    status: (quote) => effectiveQuoteStatus(quote.status, quote.validUntil, todayInUtc()),
    lines: async (quote, _, context) =>
      (await context.loaders.linesOfQuote.load(quote.id)).map((line) => lineView(line, quote.currency)),
    subtotal: (quote) => ({ amount: quote.subtotal, currency: quote.currency }),
    discountTotal: (quote) => ({ amount: quote.discountTotal, currency: quote.currency }),
    total: (quote) => ({ amount: quote.total, currency: quote.currency }),
  },
};
