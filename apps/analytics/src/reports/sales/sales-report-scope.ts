import type { EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { visibleOwnerIds } from '@crm/permissions';
import { daysOf, splitAtWholeMonths, type MonthSplit } from '../../domain/whole-months';
import type { ReportQuery } from '../report-definition';
import type { SqlParameters } from './sql-parameters';

/**
 * Whose deals a sales report counts, as a SQL condition on `column`: the caller's scope ('own' their
 * deals, 'team' also their managed users'), narrowed by the owner and team filters.
 */
export function dealOwnerCondition(query: ReportQuery, parameters: SqlParameters, column: string): string {
  const { filter } = query;
  const conditions: string[] = [];
  const visible = visibleOwnerIds(query.caller, query.scope);
  if (visible) conditions.push(`${column} = ANY(${parameters.add(visible)}::uuid[])`);
  if (filter.ownerId) {
    if (!isUuid(filter.ownerId))
      throw badUserInput('filter.ownerId', `must be a user id (got ${filter.ownerId})`);
    conditions.push(`${column} = ${parameters.add(filter.ownerId.toLowerCase())}::uuid`);
  }
  if (filter.teamId) {
    if (!isUuid(filter.teamId))
      throw badUserInput('filter.teamId', `must be a team id (got ${filter.teamId})`);
    conditions.push(
      `${column} IN (SELECT user_id FROM report_user_teams WHERE team_id = ${parameters.add(filter.teamId.toLowerCase())}::uuid)`,
    );
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** Whether the query filters by the deal's customer (region, segment), which the roll-ups do not carry. */
export const filtersByCustomer = (query: ReportQuery) =>
  Boolean(query.filter.region || query.filter.segmentId);

/**
 * The region and segment filters as a SQL condition on the sales_deals row `deal`: its customer's
 * (the survivor's, once merged) region in report_customers and membership in report_segment_members.
 */
export function dealCustomerCondition(query: ReportQuery, parameters: SqlParameters, deal: string): string {
  const { region, segmentId } = query.filter;
  const customer = `coalesce((SELECT m.merged_into_id FROM report_customers m WHERE m.customer_id = ${deal}.customer_id), ${deal}.customer_id)`;
  const conditions: string[] = [];
  if (region)
    conditions.push(
      `EXISTS (SELECT 1 FROM report_customers c WHERE c.customer_id = ${customer} AND c.region = ${parameters.add(region)})`,
    );
  if (segmentId) {
    if (!isUuid(segmentId)) throw badUserInput('filter.segmentId', `must be a segment id (got ${segmentId})`);
    conditions.push(
      `EXISTS (SELECT 1 FROM report_segment_members s WHERE s.customer_id = ${customer} AND s.segment_id = ${parameters.add(segmentId.toLowerCase())}::uuid)`,
    );
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/**
 * Which of the period the monthly roll-ups answer and which days the deals themselves must: the
 * whole months, unless the report filters by customer or buckets finer than a month (`bucketed`
 * with DAY or WEEK), when every day comes from the deals.
 */
export function rollupSplit(query: ReportQuery, { bucketed }: { bucketed: boolean }): MonthSplit {
  const { from, to, granularity } = query.period;
  const finerThanMonths = bucketed && (granularity === 'DAY' || granularity === 'WEEK');
  if (filtersByCustomer(query) || finerThanMonths) return { months: null, edges: [{ from, to }] };
  return splitAtWholeMonths(from, to);
}

/** `column` within the split's whole months (first days), as SQL; false when there are none. */
export function monthsCondition(split: MonthSplit, parameters: SqlParameters, column: string): string {
  if (!split.months) return 'false';
  return `${column} BETWEEN ${parameters.add(split.months.from)}::date AND ${parameters.add(split.months.to)}::date`;
}

/**
 * `column` on one of the split's edge days, as SQL; false when there are none. Two edges (a partial
 * first and last month) are listed day by day: a list keeps to one index-only scan where two ranges
 * would take a bitmap of both and a visit to every deal's row.
 */
export function edgesCondition(split: MonthSplit, parameters: SqlParameters, column: string): string {
  if (split.edges.length === 0) return 'false';
  if (split.edges.length === 1) {
    const [edge] = split.edges;
    return `${column} BETWEEN ${parameters.add(edge.from)}::date AND ${parameters.add(edge.to)}::date`;
  }
  return `${column} = ANY(${parameters.add(split.edges.flatMap(daysOf))}::date[])`;
}

/** The currency every money figure of a report is converted into (admins set it). */
export async function reportingCurrencyOf(manager: Pick<EntityManager, 'query'>): Promise<string> {
  const [row]: { currency: string }[] = await manager.query(
    'SELECT reporting_currency AS currency FROM reporting_settings',
  );
  return row.currency;
}
