import type { EntityManager } from 'typeorm';
import type { ExchangeRateInput } from '../domain/exchange-rate-input';
import {
  reconvertRevenueForRates,
  reconvertRevenueForReportingCurrency,
} from '../reports/customer/revenue-reconversion';
import {
  reconvertSalesForRates,
  reconvertSalesForReportingCurrency,
} from '../reports/sales/sales-rollup-reconversion';

/**
 * Reports keep money converted into the reporting currency at write time (won deals and their
 * roll-ups, revenue days): new rates re-price what they convert, in the same transaction.
 */
export async function reconvertReportsForRates(
  manager: EntityManager,
  rates: ExchangeRateInput[],
): Promise<void> {
  await reconvertSalesForRates(manager, rates);
  await reconvertRevenueForRates(manager, rates);
}

/** A new reporting currency re-prices every converted amount of every report. */
export async function reconvertReportsForReportingCurrency(manager: EntityManager): Promise<void> {
  await reconvertSalesForReportingCurrency(manager);
  await reconvertRevenueForReportingCurrency(manager);
}
