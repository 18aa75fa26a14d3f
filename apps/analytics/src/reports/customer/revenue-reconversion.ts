import type { EntityManager } from 'typeorm';
import { reconvertRevenue } from '../../data/revenue-conversion.repository';
import type { ExchangeRateInput } from '../../domain/exchange-rate-input';

/**
 * The contribution report keeps revenue converted at write time (report_revenue_days.value): rates
 * set for a pair convert again that pair's currencies from the earliest date set on.
 */
export function reconvertRevenueForRates(manager: EntityManager, rates: ExchangeRateInput[]): Promise<void> {
  if (rates.length === 0) return Promise.resolve();
  const currencies = [...new Set(rates.flatMap((rate) => [rate.currency, rate.quoteCurrency]))];
  const since = rates.map((rate) => rate.effectiveOn).sort()[0];
  return reconvertRevenue(manager, { currencies, since });
}

/** A new reporting currency converts every revenue day again. */
export function reconvertRevenueForReportingCurrency(manager: EntityManager): Promise<void> {
  return reconvertRevenue(manager, { currencies: null, since: null });
}
