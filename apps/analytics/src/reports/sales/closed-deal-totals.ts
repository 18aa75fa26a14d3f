import type { DataSource } from 'typeorm';
import type { MissingRate } from '../../domain/money-total';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportQuery } from '../report-definition';
import {
  dealCustomerCondition,
  dealOwnerCondition,
  edgesCondition,
  monthsCondition,
  rollupSplit,
} from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import { reportRows } from '../customer/report-sql';

/** How closed deals are grouped: by owner, the owner's team, the lead source, or day (a month's first day for a whole month). */
export type ClosedDealGrouping = 'OWNER' | 'TEAM' | 'SOURCE' | 'DAY';

export interface ClosedDealTotals {
  label: string;
  won: number;
  lost: number;
  /** Σ of the won deals' amounts in the reporting currency, each at its close date's rate (those with a rate). */
  wonAmount: string;
  /** Σ of the won deals' cycles, created → won, in seconds. */
  cycleSeconds: string;
}

/** The Σ of a group's won cycles in days (fractional, as cycleDays counts them). */
export const cycleDaysOf = (totals: ClosedDealTotals) => Number(totals.cycleSeconds) / 86_400;

// Fixed SQL per grouping (never caller text); a deal without owner, team or lead source gets a label too.
const LABEL_SQL: Record<ClosedDealGrouping, string> = {
  OWNER: `coalesce(x.owner_id::text, 'UNASSIGNED')`,
  TEAM: `coalesce(t.team_id::text, 'NO_TEAM')`,
  SOURCE: `coalesce(x.source, 'DIRECT')`,
  DAY: `to_char(x.on, 'YYYY-MM-DD')`,
};

// Looked up only when grouping by source: the other groupings read the deals from the index alone.
const SOURCE_OF_DEAL_SQL = `(SELECT s.source FROM sales_deal_sources s WHERE s.opportunity_id = d.opportunity_id)`;

/**
 * Deals closed in the period within the caller's scope and filters, grouped: the whole months from
 * the sales_closed_months roll-up, the partial first and last months from the deals (one rule for
 * both, so the figures are the same whichever answers).
 */
export async function closedDealTotals(
  dataSource: DataSource,
  query: ReportQuery,
  by: ClosedDealGrouping,
): Promise<ClosedDealTotals[]> {
  parseReportPeriod(query.period);
  const split = rollupSplit(query, { bucketed: by === 'DAY' });
  const parameters = new SqlParameters();
  const edgeSource = by === 'SOURCE' ? SOURCE_OF_DEAL_SQL : 'NULL::text';
  return reportRows(
    dataSource,
    `SELECT ${LABEL_SQL[by]} AS label, sum(x.won)::int AS won, sum(x.lost)::int AS lost,
            sum(x.won_amount)::text AS "wonAmount", sum(x.cycle_seconds)::text AS "cycleSeconds"
     FROM (SELECT r.owner_id, r.source, r.month AS on, r.won, r.lost, r.won_amount, r.cycle_seconds
           FROM sales_closed_months r
           WHERE ${monthsCondition(split, parameters, 'r.month')} AND ${dealOwnerCondition(query, parameters, 'r.owner_id')}
           UNION ALL
           SELECT d.owner_id, ${edgeSource}, d.closed_on, (d.outcome = 'WON')::int, (d.outcome = 'LOST')::int,
                  CASE WHEN d.outcome = 'WON' THEN coalesce(d.won_converted, 0) ELSE 0 END,
                  CASE WHEN d.outcome = 'WON' THEN extract(epoch FROM d.closed_at - d.created_at) ELSE 0 END
           FROM sales_deals d
           WHERE d.outcome IS NOT NULL AND ${edgesCondition(split, parameters, 'd.closed_on')}
             AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
             AND ${dealCustomerCondition(query, parameters, 'd')}) x
     LEFT JOIN report_user_teams t ON t.user_id = x.owner_id
     GROUP BY 1 HAVING sum(x.won) <> 0 OR sum(x.lost) <> 0 ORDER BY 1`,
    parameters.values,
  );
}

/**
 * The (currency, day) pairs of the period's won deals that have no rate into the reporting
 * currency: their amounts are left out of wonAmount, so a report shows these instead of a total.
 */
export async function missingWonRates(dataSource: DataSource, query: ReportQuery): Promise<MissingRate[]> {
  const parameters = new SqlParameters();
  return reportRows(
    dataSource,
    `SELECT DISTINCT d.currency::text AS currency, to_char(d.closed_on, 'YYYY-MM-DD') AS on
     FROM sales_deals d
     WHERE d.outcome = 'WON' AND d.won_converted IS NULL
       AND d.closed_on BETWEEN ${parameters.add(query.period.from)}::date AND ${parameters.add(query.period.to)}::date
       AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
       AND ${dealCustomerCondition(query, parameters, 'd')}
     ORDER BY 1, 2`,
    parameters.values,
  );
}
