import { parseAmount, parseCurrency } from '@crm/db';
import { badUserInput, InputProblems } from '@crm/errors';
import { isGiven } from './input-parsing';
import type { OpportunityStage } from './opportunity-stage';
import type { QuoteStatus } from './quote-status';
import type { LineInput } from './quote-totals';

/**
 * Which of the named sources a document follows: exactly one must be given (an empty string
 * counts as given, and its id is then refused), else BAD_USER_INPUT on the first source's field.
 */
export function exactlyOneSource<K extends string>(
  input: Partial<Record<K, string | null>>,
  sources: readonly K[],
  message: string,
  path = 'input',
): K {
  const given = sources.filter((source) => isGiven(input[source]));
  if (given.length !== 1) throw badUserInput(`${path}.${sources[0]}`, message);
  return given[0];
}

/** Contracts and orders follow a won deal only. */
export function assertDealWon(stage: OpportunityStage, field: string): void {
  if (stage !== 'CLOSED_WON') throw badUserInput(field, `the deal must be CLOSED_WON (it is ${stage})`);
}

/** A contract follows an accepted quote (as it reads today: an issued quote may have expired). */
export function assertQuoteAccepted(status: QuoteStatus, field: string): void {
  if (status !== 'ACCEPTED') throw badUserInput(field, `the quote must be ACCEPTED (it is ${status})`);
}

/**
 * A contract's value and currency: those of the quote or deal it follows (the caller may restate
 * the currency, not change it), or, for a contract made directly for a customer, the caller's.
 */
export function contractMoney(
  source: { value: string | null; currency: string | null },
  input: { value?: string | null; currency?: string | null },
  path = 'input',
): { value: string; currency: string } {
  const problems = new InputProblems();
  if (source.currency && isGiven(input.currency) && input.currency !== source.currency)
    problems.add(`${path}.currency`, `must be ${source.currency}, the currency of what the contract follows`);
  const currency =
    source.currency ??
    (isGiven(input.currency)
      ? problems.check(() => parseCurrency(`${path}.currency`, input.currency!))
      : null);
  if (currency === null)
    problems.add(`${path}.currency`, 'is required for a contract made directly for a customer');
  const value = isGiven(input.value)
    ? problems.check(() => parseAmount(`${path}.value`, input.value!))
    : source.value;
  if (value === null)
    problems.add(`${path}.value`, 'is required for a contract made directly for a customer');
  problems.throwIfAny();
  return { value: value!, currency: currency! };
}

/** A quote for a deal is in the deal's currency; the caller may restate it, not change it. */
export function assertDealCurrency(
  dealCurrency: string,
  requested: string | null | undefined,
  field: string,
) {
  if (isGiven(requested) && requested !== dealCurrency)
    throw badUserInput(field, `must be the deal's currency ${dealCurrency} (got ${requested})`);
}

/** A quote for a deal starts from the given lines, else from the deal's line items: one or the other. */
export function quoteLinesOfDeal<L>(requested: L[] | null | undefined, dealItems: L[], field: string): L[] {
  const lines = requested ?? dealItems;
  if (!lines.length) throw badUserInput(field, 'the deal has no line items: give the quote lines');
  return lines;
}

/** A quote made directly for a customer names its currency and its lines. */
export function customerQuoteTerms<L>(
  input: { currency?: string | null; lines?: L[] | null },
  path = 'input',
): { currency: string; lines: L[] } {
  const problems = new InputProblems();
  const currency = isGiven(input.currency)
    ? problems.check(() => parseCurrency(`${path}.currency`, input.currency!))
    : (problems.add(`${path}.currency`, 'is required for a quote without a deal'), undefined);
  if (!input.lines?.length) problems.add(`${path}.lines`, 'must have at least one line');
  problems.throwIfAny();
  return { currency: currency!, lines: input.lines! };
}

/** A quote is valid until a date that has not passed yet. */
export function assertValidUntil(validUntil: string, today: string, field = 'input.validUntil'): void {
  if (validUntil < today) throw badUserInput(field, `must not be in the past (got ${validUntil})`);
}

/** One line for a whole amount: a won deal without products, or a contract's value. */
export const singleLine = (description: string, amount: string): LineInput => ({
  productId: null,
  description,
  quantity: 1,
  unitPrice: amount,
  discountPercent: '0',
});

/** What a won deal's order contains: its products, else one line for its amount. */
export function orderLinesOfDeal(items: LineInput[], deal: { name: string; amount: string }): LineInput[] {
  return items.length ? items : [singleLine(deal.name, deal.amount)];
}

/** A contract's order bills its value on one line named after its term. */
export const contractLine = (contract: { startDate: string; endDate: string; value: string }): LineInput =>
  singleLine(`Contract ${contract.startDate} – ${contract.endDate}`, contract.value);

/** Payment terms when the caller names no due date: net 30. */
export const DEFAULT_PAYMENT_DAYS = 30;
