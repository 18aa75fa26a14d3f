import type { DataSource } from 'typeorm';
import { sumConverted, type MissingRate } from '../../domain/money-total';
import { pipelineVelocity } from '../../domain/pipeline-velocity';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { openDealCount } from './open-deal-totals';
import { reportingCurrencyOf } from './sales-report-scope';
import { closedByDay, type WonAmount } from './won-amounts';

export interface VelocityPoint {
  label: string;
  openDeals: number;
  wonDeals: number;
  lostDeals: number;
  wonAmount: string | null;
  velocityPerDay: string | null;
}

/** Velocity per bucket and over the period: today's open deals at each bucket's won amount, win rate and cycle. */
export async function pipelineVelocityReport(dataSource: DataSource, query: ReportQuery) {
  const period = parseReportPeriod(query.period);
  const currency = await reportingCurrencyOf(dataSource.manager);
  const [openDeals, closed] = await Promise.all([
    openDealCount(dataSource, query),
    closedByDay(dataSource, query, currency),
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
    const wonCycleDays = parts.reduce((sum, row) => sum + row.wonCycleDays, 0);
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
