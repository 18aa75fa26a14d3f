import Decimal from 'decimal.js';
import { parseAmount } from '@crm/db';
import { badUserInput } from '@crm/errors';

/** A priced line as the caller gives it; unitPrice already resolved (from the input or the price list). */
export interface LineInput {
  productId: string | null;
  description: string;
  quantity: number;
  unitPrice: string;
  discountPercent: string;
}

export interface PricedLine extends LineInput {
  position: number;
  /** quantity × unitPrice less the line discount, rounded to the currency's minor units. */
  lineTotal: string;
}

export interface DocumentTotals {
  lines: PricedLine[];
  /** Sum of the line totals. */
  subtotal: string;
  /** The document-level discount taken off the subtotal. */
  discountTotal: string;
  total: string;
}

/** Decimals of the currency's minor unit per ISO 4217 as Intl knows it: EUR 2, JPY 0, BHD 3. */
export function minorUnitsOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * Rounds to the currency's minor units, half to even (banker's rounding, as IEEE 754 and most
 * invoicing standards do): 0.125 EUR → 0.12, 0.135 EUR → 0.14, so rounding errors do not drift one way.
 */
export function roundMoney(amount: Decimal.Value, currency: string): string {
  return new Decimal(amount).toDecimalPlaces(minorUnitsOf(currency), Decimal.ROUND_HALF_EVEN).toFixed();
}

/** Validates a discount: 0 to 100 percent with at most 2 decimals. */
export function parseDiscountPercent(field: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return '0';
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value) || new Decimal(value).greaterThan(100)) {
    throw badUserInput(field, `must be a percentage from 0 to 100 with at most 2 decimals (got "${value}")`);
  }
  return new Decimal(value).toFixed();
}

export function parseQuantity(field: string, quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
    throw badUserInput(field, `must be a whole number from 1 to 1000000 (got ${quantity})`);
  }
  return quantity;
}

export function parseUnitPrice(field: string, unitPrice: string): string {
  return parseAmount(field, unitPrice);
}

const percentOf = (amount: Decimal, percent: string) => amount.times(percent).dividedBy(100);

/**
 * Prices a document: each line is quantity × unit price less its discount, rounded to minor units;
 * the document discount applies to the subtotal of the rounded lines. Every step is decimal.js:
 * money never touches a float.
 */
export function priceDocument(lines: LineInput[], currency: string, discountPercent = '0'): DocumentTotals {
  const priced = lines.map((line, index) => {
    const gross = new Decimal(line.unitPrice).times(line.quantity);
    const lineTotal = roundMoney(gross.minus(percentOf(gross, line.discountPercent)), currency);
    return { ...line, position: index + 1, lineTotal };
  });
  const subtotal = priced.reduce((sum, line) => sum.plus(line.lineTotal), new Decimal(0));
  const discountTotal = new Decimal(roundMoney(percentOf(subtotal, discountPercent), currency));
  return {
    lines: priced,
    subtotal: subtotal.toFixed(),
    discountTotal: discountTotal.toFixed(),
    total: subtotal.minus(discountTotal).toFixed(),
  };
}
