import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { assertRecordAccess } from '@crm/permissions';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { dealOf, knownCustomer } from '../data/document-parties';
import { OpportunityLineItem } from '../data/opportunity-line-item.entity';
import { resolveLines, type LineRequest } from '../data/priced-lines';
import { CustomerLoyaltyDiscount } from '../data/customer-loyalty-discount.entity';
import { QuoteLine } from '../data/quote-line.entity';
import { Quote } from '../data/quote.entity';
import { todayInUtc } from '../domain/contract-terms';
import { assertDealCurrency, customerQuoteTerms, quoteLinesOfDeal } from '../domain/document-sources';
import { decideQuote, quoteDecisionChanges, type QuoteDecision } from '../domain/quote-status';
import { priceDocument } from '../domain/quote-totals';
import { quoteAccepted } from '../events/quote-accepted.event';
import { quoteIssued } from '../events/quote-issued.event';

/** Who a quote is for: a deal or a customer (ids parsed). */
export type QuoteBasis = { opportunityId: string } | { customerId: string };

export interface NewQuote {
  basis: QuoteBasis;
  currency: string | null;
  lines: LineRequest[] | null;
  /** Null: the customer's loyalty discount (customer_loyalty_discounts), else none. */
  discountPercent: string | null;
  validUntil: string;
}

/** The default discount of the customer's loyalty level, "0" without one. */
async function loyaltyDiscountOf(manager: EntityManager, customerId: string): Promise<string> {
  const discount = await manager.findOneBy(CustomerLoyaltyDiscount, { customerId });
  return discount?.discountPercent ?? '0';
}

/** Who the quote is for, in which currency, owned by whom, and the lines it starts from. */
async function quoteParties(manager: EntityManager, input: NewQuote) {
  if ('opportunityId' in input.basis) {
    const deal = await dealOf(manager, input.basis.opportunityId, 'input.opportunityId');
    assertDealCurrency(deal.currency, input.currency, 'input.currency');
    const items = await manager.find(OpportunityLineItem, {
      where: { opportunityId: deal.id },
      order: { position: 'ASC' },
    });
    const lines: LineRequest[] = quoteLinesOfDeal(input.lines, items, 'input.lines');
    return {
      customerId: deal.customerId,
      opportunityId: deal.id,
      ownerId: deal.ownerId,
      currency: deal.currency,
      lines,
    };
  }
  const customer = await knownCustomer(manager, input.basis.customerId, 'input.customerId');
  const terms = customerQuoteTerms(input);
  return { customerId: customer.id, opportunityId: null, ownerId: customer.ownerId, ...terms };
}

export function createQuote(scope: ChangeScope, input: NewQuote): Promise<Quote> {
  return runChange(scope, async (change) => {
    const parties = await quoteParties(change.manager, input);
    assertRecordAccess(change.caller, 'order:write', parties.ownerId, `the customer's or deal's documents`);
    const discountPercent =
      input.discountPercent ?? (await loyaltyDiscountOf(change.manager, parties.customerId));
    const totals = priceDocument(
      await resolveLines(change.manager, parties.lines, parties.currency, 'input.lines'),
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
    await change.insert(Quote, quote, { action: 'createQuote', shown: { ...quote, lines: totals.lines } });
    await change.manager.insert(
      QuoteLine,
      totals.lines.map((line) => Object.assign(new QuoteLine(), { ...line, id: newId(), quoteId: quote.id })),
    );
    return quote;
  });
}

const DECISION_EVENTS = { issue: quoteIssued, accept: quoteAccepted, reject: null } as const;

/** Issues, accepts or rejects a quote at the version the caller read. */
export function decideOnQuote(
  scope: ChangeScope,
  decision: QuoteDecision,
  { id, version }: { id: string; version: number },
): Promise<Quote> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Quote, id, { version, field: 'input.id' });
    assertRecordAccess(change.caller, 'order:write', before.ownerId, `quote ${id}`);
    const now = new Date();
    const status = decideQuote(before.status, before.validUntil, todayInUtc(now), decision, 'input.id');
    const after = await change.update<Quote>(Quote, before, quoteDecisionChanges(decision, status, now), {
      action: `${decision}Quote`,
    });
    const event = DECISION_EVENTS[decision];
    if (event) change.publish(event(after, change.origin));
    return after;
  });
}

export const issueQuote = (scope: ChangeScope, quote: { id: string; version: number }) =>
  decideOnQuote(scope, 'issue', quote);
export const acceptQuote = (scope: ChangeScope, quote: { id: string; version: number }) =>
  decideOnQuote(scope, 'accept', quote);
export const rejectQuote = (scope: ChangeScope, quote: { id: string; version: number }) =>
  decideOnQuote(scope, 'reject', quote);
