import type { DataSource } from 'typeorm';
import { funnelOf, type FunnelStep } from '../../domain/funnel-conversion';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import {
  dealCustomerCondition,
  dealOwnerCondition,
  edgesCondition,
  monthsCondition,
  rollupSplit,
} from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import { reportRows } from '../customer/report-sql';

/**
 * Funnel by stage over the deals created in the period, from how far each deal's stage history got:
 * whole months from sales_created_months, the partial first and last months from the deals.
 */
export async function salesFunnel(dataSource: DataSource, query: ReportQuery): Promise<FunnelStep[]> {
  parseReportPeriod(query.period);
  const split = rollupSplit(query, { bucketed: false });
  const parameters = new SqlParameters();
  const rows: { step: number; deals: number }[] = await reportRows(
    dataSource,
    `SELECT x.step, sum(x.deals)::int AS deals
     FROM (SELECT r.furthest_stage AS step, r.deals FROM sales_created_months r
           WHERE ${monthsCondition(split, parameters, 'r.month')} AND ${dealOwnerCondition(query, parameters, 'r.owner_id')}
           UNION ALL
           SELECT d.furthest_stage, count(*) FROM sales_deals d
           WHERE ${edgesCondition(split, parameters, 'd.created_on')}
             AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
             AND ${dealCustomerCondition(query, parameters, 'd')}
           GROUP BY 1) x
     GROUP BY x.step`,
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
