import type { EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { visibleOwnerIds } from '@crm/permissions';
import type { ReportQuery } from '../report-definition';
import type { SqlParameters } from './sql-parameters';

/**
 * Whose deals a sales report counts, as a SQL condition on `column`: the caller's scope ('own' their
 * deals, 'team' also their managed users'), narrowed by the owner and team filters. Region and
 * segment are customer attributes the sales read models do not carry: asked for, they are refused
 * rather than ignored.
 */
export function dealOwnerCondition(query: ReportQuery, parameters: SqlParameters, column: string): string {
  const { filter } = query;
  if (filter.region) throw badUserInput('filter.region', 'sales reports filter by teamId and ownerId only');
  if (filter.segmentId)
    throw badUserInput('filter.segmentId', 'sales reports filter by teamId and ownerId only');
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
      `${column} IN (SELECT user_id FROM sales_user_teams WHERE team_id = ${parameters.add(filter.teamId.toLowerCase())}::uuid)`,
    );
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** The currency every money figure of a report is converted into (admins set it). */
export async function reportingCurrencyOf(manager: Pick<EntityManager, 'query'>): Promise<string> {
  const [row]: { currency: string }[] = await manager.query(
    'SELECT reporting_currency AS currency FROM reporting_settings',
  );
  return row.currency;
}
