import type { DataSource } from 'typeorm';
import { badUserInput } from '@crm/errors';
import { missingRatesOf } from '../../domain/money-total';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import { forecastOf, type ForecastFigures, type OpenAmount } from '../../domain/weighted-pipeline';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { dealOwnerCondition, reportingCurrencyOf } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import { closedByDay } from './won-amounts';

// Fixed SQL per granularity a forecast offers.
const BUCKET_SQL = {
  MONTH: `to_char(d.expected_close_date, 'YYYY-MM')`,
  QUARTER: `to_char(d.expected_close_date, 'YYYY-"Q"Q')`,
} as const;

/**
 * Open deals expected to close in the period, per bucket, currency and probability, converted at
 * the latest rate on `asOf` (an open deal has no transaction date yet: it converts as of today).
 */
async function openByBucket(dataSource: DataSource, query: ReportQuery, currency: string, asOf: string) {
  const granularity = query.period.granularity;
  if (granularity !== 'MONTH' && granularity !== 'QUARTER')
    throw badUserInput('period.granularity', `a forecast is per MONTH or QUARTER (got ${granularity})`);
  const parameters = new SqlParameters();
  const [target, on] = [parameters.add(currency), parameters.add(asOf)];
  const rows: { label: string; currency: string; probability: number; converted: string | null }[] =
    await dataSource.query(
      `SELECT g.label, g.currency, g.probability, convert_amount(g.amount, g.currency, ${target}, ${on}::date) AS converted
       FROM (SELECT ${BUCKET_SQL[granularity]} AS label, d.currency::text AS currency, d.probability, sum(d.amount) AS amount
             FROM sales_deals d
             WHERE d.outcome IS NULL
               AND d.expected_close_date BETWEEN ${parameters.add(query.period.from)} AND ${parameters.add(query.period.to)}
               AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
             GROUP BY 1, 2, 3) g`,
      parameters.values,
    );
  return rows.map((row) => ({ ...row, on: asOf }));
}

export interface ForecastPoint extends ForecastFigures {
  label: string;
}

/** Weighted pipeline, commit and best case per month or quarter, in the reporting currency. */
export async function salesForecast(dataSource: DataSource, query: ReportQuery, asOf: string) {
  const period = parseReportPeriod(query.period);
  const currency = await reportingCurrencyOf(dataSource.manager);
  const open: (OpenAmount & { label: string })[] = await openByBucket(dataSource, query, currency, asOf);
  const won = await closedByDay(dataSource, query, currency);
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
