import Decimal from 'decimal.js';
import { badUserInput } from '@crm/errors';
import { minorUnitsOf } from './currency-minor-units';

/** numeric(19,4): up to 15 integer digits and 4 decimals, as Postgres stores it exactly. */
const AMOUNT_PATTERN = /^-?\d{1,15}(\.\d{1,4})?$/;
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** numeric(19,4) reads back as "12.5000"; amounts leave the database as "12.5". */
export function normaliseAmount(value: string): string {
  return new Decimal(value).toFixed();
}

/**
 * An amount as the API and events write it: with its currency's minor units (ISO 4217: EUR
 * "12500.00", JPY "12500", BHD "1.250"), and any further digits it really has (a weighted
 * total "33.333" stays exact).
 */
export function formatAmount(amount: string, currency: string): string {
  const value = new Decimal(amount);
  return value.toFixed(Math.max(minorUnitsOf(currency), value.decimalPlaces()));
}

export const MONEY_COLUMN = {
  type: 'numeric',
  precision: 19,
  scale: 4,
  transformer: {
    to: (amount: string) => amount,
    from: (stored: string | null) => stored && normaliseAmount(stored),
  },
} as const;

/** Validates an amount given as a decimal string and returns it normalised (never a float). */
export function parseAmount(field: string, amount: string, { allowNegative = false } = {}): string {
  if (!AMOUNT_PATTERN.test(amount)) {
    throw badUserInput(field, `must be a decimal with at most 15 digits and 4 decimals (got "${amount}")`);
  }
  const value = new Decimal(amount);
  if (!allowNegative && value.isNegative()) throw badUserInput(field, `must be ≥ 0 (got ${amount})`);
  return value.toFixed();
}

/** Validates an ISO 4217 currency code. */
export function parseCurrency(field: string, currency: string): string {
  if (!/^[A-Z]{3}$/.test(currency) || !KNOWN_CURRENCIES.has(currency)) {
    throw badUserInput(field, `must be an ISO 4217 currency code such as EUR or USD (got "${currency}")`);
  }
  return currency;
}

/** Adds decimal strings exactly; 0.1 + 0.2 is 0.3 here. */
export function sumAmounts(amounts: Iterable<string>): string {
  let total = new Decimal(0);
  for (const amount of amounts) total = total.plus(amount);
  return total.toFixed();
}
