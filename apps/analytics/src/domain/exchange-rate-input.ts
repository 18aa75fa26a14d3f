import Decimal from 'decimal.js';
import { parseCurrency } from '@crm/db';
import { badUserInput } from '@crm/errors';

export interface ExchangeRateInput {
  currency: string;
  quoteCurrency: string;
  effectiveOn: string;
  rate: string;
}

// numeric(24,10): up to 14 integer digits and 10 decimals.
const RATE = /^\d{1,14}(\.\d{1,10})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rate as an admin gives it, checked field by field (`path` prefixes each field, e.g. "line 3"). */
export function parseExchangeRate(input: ExchangeRateInput, path = 'input'): ExchangeRateInput {
  const currency = parseCurrency(`${path}.currency`, input.currency.trim().toUpperCase());
  const quoteCurrency = parseCurrency(`${path}.quoteCurrency`, input.quoteCurrency.trim().toUpperCase());
  if (currency === quoteCurrency)
    throw badUserInput(`${path}.quoteCurrency`, `must differ from currency (both ${currency})`);
  const effectiveOn = input.effectiveOn.trim();
  if (!DATE.test(effectiveOn) || Number.isNaN(Date.parse(`${effectiveOn}T00:00:00Z`)))
    throw badUserInput(
      `${path}.effectiveOn`,
      `must be a date such as 2026-01-31 (got "${input.effectiveOn}")`,
    );
  const rate = input.rate.trim();
  if (!RATE.test(rate))
    throw badUserInput(
      `${path}.rate`,
      `must be a decimal with at most 14 digits and 10 decimals (got "${input.rate}")`,
    );
  if (new Decimal(rate).lte(0)) throw badUserInput(`${path}.rate`, `must be > 0 (got ${input.rate})`);
  return { currency, quoteCurrency, effectiveOn, rate: new Decimal(rate).toFixed() };
}
