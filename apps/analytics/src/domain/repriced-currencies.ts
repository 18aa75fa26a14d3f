/** A rate as it bears on conversion: one `currency` unit in `quoteCurrency` from `effectiveOn`. */
export interface RateChange {
  currency: string;
  quoteCurrency: string;
  effectiveOn: string;
}

/**
 * The deal currencies whose conversion into `reportingCurrency` new rates change, each with the
 * first day changed. convert_amount reads only the pair of a deal's currency and the reporting
 * currency (direct or inverse), from its effective date on; a rate between two other currencies
 * changes nothing.
 */
export function repricedCurrencies(
  rates: readonly RateChange[],
  reportingCurrency: string,
): Map<string, string> {
  const since = new Map<string, string>();
  for (const rate of rates) {
    const dealCurrency =
      rate.quoteCurrency === reportingCurrency
        ? rate.currency
        : rate.currency === reportingCurrency
          ? rate.quoteCurrency
          : null;
    if (!dealCurrency) continue;
    const earlier = since.get(dealCurrency);
    if (!earlier || rate.effectiveOn < earlier) since.set(dealCurrency, rate.effectiveOn);
  }
  return since;
}
