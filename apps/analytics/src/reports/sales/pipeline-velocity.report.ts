import type { DataSource } from 'typeorm';
import { sumConverted, type MissingRate } from '../../domain/money-total';
import { pipelineVelocity } from '../../domain/pipeline-velocity';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { wonCyclesByDay } from './sales-cycle.report';
import { dealOwnerCondition, reportingCurrencyOf } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import { closedByDay, type WonAmount } from './won-amounts';

export interface VelocityPoint {
  label: string;
  openDeals: number;
  wonDeals: number;
  lostDeals: number;
  wonAmount: string | null;
  velocityPerDay: string | null;
}

/** Deals open now within the caller's scope and filters. */
async function openDealCount(dataSource: DataSource, query: ReportQuery): Promise<number> {
  const parameters = new SqlParameters();
  const [row]: { open: number }[] = await dataSource.query(
    `SELECT count(*)::int AS open FROM sales_deals d
     WHERE d.outcome IS NULL AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}`,
    parameters.values,
  );
  return row.open;
}

/** Velocity per bucket and over the period: today's open deals at each bucket's won amount, win rate and cycle. */
export async function pipelineVelocityReport(dataSource: DataSource, query: ReportQuery) {
  const period = parseReportPeriod(query.period);
  const currency = await reportingCurrencyOf(dataSource.manager);
  const [openDeals, closed, cycles] = await Promise.all([
    openDealCount(dataSource, query),
    closedByDay(dataSource, query, currency),
    wonCyclesByDay(dataSource, query),
  ]);
  const bucketOfDay = (day: string) => bucketOf(day, period.granularity);
  const pointOf = (
    label: string,
    days: (day: string) => boolean,
  ): VelocityPoint & { missing: MissingRate[] } => {
    const parts: WonAmount[] = closed.filter((row) => days(row.on));
    const won = sumConverted(parts);
    const wonDeals = parts.reduce((sum, row) => sum + row.wonDeals, 0);
    const lostDeals = parts.reduce((sum, row) => sum + row.lostDeals, 0);
    const wonCycleDays = cycles.filter((row) => days(row.day)).reduce((sum, row) => sum + row.days, 0);
    return {
      label,
      openDeals,
      wonDeals,
      lostDeals,
      wonAmount: won.total,
      velocityPerDay: pipelineVelocity({
        openDeals,
        wonAmount: won.total,
        wonDeals,
        lostDeals,
        wonCycleDays,
      }),
      missing: won.missing,
    };
  };
  const total = pointOf('TOTAL', () => true);
  return {
    currency,
    points: bucketLabels(period).map((label) => pointOf(label, (day) => bucketOfDay(day) === label)),
    total,
    missingRates: total.missing,
  };
}

export const pipelineVelocityReportDefinition: ReportDefinition = {
  name: 'PIPELINE_VELOCITY',
  async table(dataSource, query) {
    const { currency, points, total } = await pipelineVelocityReport(dataSource, query);
    return {
      columns: [
        'bucket',
        'open_deals',
        'won_deals',
        'lost_deals',
        'won_amount',
        'velocity_per_day',
        'currency',
      ],
      rows: [...points, total].map((p) => [
        p.label,
        p.openDeals,
        p.wonDeals,
        p.lostDeals,
        p.wonAmount,
        p.velocityPerDay,
        currency,
      ]),
    };
  },
};
