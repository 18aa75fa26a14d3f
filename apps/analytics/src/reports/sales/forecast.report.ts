import type { DataSource } from 'typeorm';
import { badUserInput } from '@crm/errors';
import { missingRatesOf } from '../../domain/money-total';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import { forecastOf, type ForecastFigures, type OpenAmount } from '../../domain/weighted-pipeline';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { openDealAmounts } from './open-deal-totals';
import { reportingCurrencyOf, rollupSplit } from './sales-report-scope';
import { closedByDay, type WonAmount } from './won-amounts';

/** Open deals expected to close in the period, per bucket, currency and probability, converted as of `asOf`. */
function openByBucket(dataSource: DataSource, query: ReportQuery, currency: string, asOf: string) {
  const granularity = query.period.granularity;
  if (granularity !== 'MONTH' && granularity !== 'QUARTER')
    throw badUserInput('period.granularity', `a forecast is per MONTH or QUARTER (got ${granularity})`);
  return openDealAmounts(dataSource, query, rollupSplit(query, { bucketed: true }), granularity, {
    currency,
    asOf,
  });
}

export interface ForecastPoint extends ForecastFigures {
  label: string;
}

/** Weighted pipeline, commit and best case per month or quarter, in the reporting currency. */
export async function salesForecast(dataSource: DataSource, query: ReportQuery, asOf: string) {
  const period = parseReportPeriod(query.period);
  const currency = await reportingCurrencyOf(dataSource.manager);
  const [open, won]: [(OpenAmount & { label: string })[], WonAmount[]] = await Promise.all([
    openByBucket(dataSource, query, currency, asOf),
    closedByDay(dataSource, query, currency),
  ]);
  const points: ForecastPoint[] = bucketLabels(period).map((label) => ({
    label,
    ...forecastOf(
      open.filter((row) => row.label === label),
      won.filter((row) => bucketOf(row.on, period.granularity) === label),
    ),
  }));
  return { currency, points, missingRates: missingRatesOf([...open, ...won]) };
}

export const salesForecastReport: ReportDefinition = {
  name: 'SALES_FORECAST',
  async table(dataSource, query) {
    const { currency, points } = await salesForecast(
      dataSource,
      query,
      new Date().toISOString().slice(0, 10),
    );
    return {
      columns: ['bucket', 'weighted_pipeline', 'commit', 'best_case', 'won', 'currency'],
      rows: points.map((p) => [p.label, p.weightedPipeline, p.commit, p.bestCase, p.won, currency]),
    };
  },
};
