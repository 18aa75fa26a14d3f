import type { DataSource } from 'typeorm';
import { funnelOf, type FunnelStep } from '../../domain/funnel-conversion';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { dealOwnerCondition } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';

/** Funnel by stage over the deals created in the period, from how far each deal's stage history got. */
export async function salesFunnel(dataSource: DataSource, query: ReportQuery): Promise<FunnelStep[]> {
  const period = parseReportPeriod(query.period);
  const parameters = new SqlParameters();
  const rows: { step: number; deals: number }[] = await dataSource.query(
    `SELECT furthest_stage AS step, count(*)::int AS deals FROM sales_deals d
     WHERE d.created_on BETWEEN ${parameters.add(period.from)} AND ${parameters.add(period.to)}
       AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
     GROUP BY furthest_stage`,
    parameters.values,
  );
  return funnelOf(new Map(rows.map((row) => [row.step, row.deals])));
}

export const salesFunnelReport: ReportDefinition = {
  name: 'SALES_FUNNEL',
  async table(dataSource, query) {
    const steps = await salesFunnel(dataSource, query);
    return {
      columns: ['stage', 'reached', 'conversion_from_previous'],
      rows: steps.map((step) => [step.stage, step.reached, step.conversionFromPrevious]),
    };
  },
};
