import type { DataSource } from 'typeorm';
import type { ConvertedAmount } from '../../domain/money-total';
import type { ReportQuery } from '../report-definition';
import { closedDealTotals, cycleDaysOf, missingWonRates } from './closed-deal-totals';

export interface WonAmount extends ConvertedAmount {
  wonDeals: number;
  lostDeals: number;
  /** Σ of the won deals' cycles (created → won) in days. */
  wonCycleDays: number;
}

/**
 * Closed deals of the period per day (a whole month on its first day), the won amount in the
 * reporting `currency`, each deal converted at its close date's rate; a won deal without a rate
 * adds a row with no converted amount on its day, so the sum of its bucket is unknown, not smaller.
 */
export async function closedByDay(
  dataSource: DataSource,
  query: ReportQuery,
  currency: string,
): Promise<WonAmount[]> {
  const [totals, missing] = await Promise.all([
    closedDealTotals(dataSource, query, 'DAY'),
    missingWonRates(dataSource, query),
  ]);
  return [
    ...totals.map((row) => ({
      on: row.label,
      currency,
      wonDeals: row.won,
      lostDeals: row.lost,
      wonCycleDays: cycleDaysOf(row),
      converted: row.wonAmount,
    })),
    ...missing.map((rate) => ({ ...rate, wonDeals: 0, lostDeals: 0, wonCycleDays: 0, converted: null })),
  ];
}
