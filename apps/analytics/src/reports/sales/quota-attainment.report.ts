import type { DataSource } from 'typeorm';
import { forbidden } from '@crm/errors';
import { visibleOwnerIds } from '@crm/permissions';
import { sumConverted, type MissingRate } from '../../domain/money-total';
import { quotaAttainment } from '../../domain/quota-attainment';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { SqlParameters } from './sql-parameters';

export interface QuotaAttainmentRow {
  quotaId: string;
  userId: string | null;
  teamId: string | null;
  period: string;
  startsOn: string;
  endsOn: string;
  target: { amount: string; currency: string };
  /** Won in the quota's days by its user (or the team's members), in the quota's currency. */
  won: { amount: string | null; currency: string };
  attainment: number | null;
  missingRates: MissingRate[];
}

interface Row {
  quotaId: string;
  userId: string | null;
  teamId: string | null;
  period: string;
  startsOn: string;
  endsOn: string;
  target: string;
  quotaCurrency: string;
  on: string | null;
  currency: string | null;
  converted: string | null;
}

/**
 * Quotas overlapping the period whose holder matches `holder` (SQL on q), each with the deals won
 * in its own days converted into its currency at each win's date.
 */
async function attainments(
  dataSource: DataSource,
  period: { from: string; to: string },
  holder: (parameters: SqlParameters) => string,
): Promise<QuotaAttainmentRow[]> {
  const parameters = new SqlParameters();
  const rows: Row[] = await dataSource.query(
    `SELECT q.quota_id AS "quotaId", q.user_id AS "userId", q.team_id AS "teamId", q.period,
            to_char(q.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(q.ends_on, 'YYYY-MM-DD') AS "endsOn",
            q.target_amount::text AS target, q.currency::text AS "quotaCurrency",
            to_char(w.closed_on, 'YYYY-MM-DD') AS on, w.currency,
            convert_amount(w.amount, w.currency, q.currency, w.closed_on) AS converted
     FROM sales_quotas q
     LEFT JOIN LATERAL (
       SELECT d.closed_on, d.currency::text AS currency, sum(d.amount) AS amount FROM sales_deals d
       WHERE d.outcome = 'WON' AND d.closed_on BETWEEN q.starts_on AND q.ends_on
         AND d.owner_id = ANY(CASE WHEN q.user_id IS NOT NULL THEN ARRAY[q.user_id]
                                   ELSE ARRAY(SELECT user_id FROM sales_user_teams WHERE team_id = q.team_id) END)
       GROUP BY 1, 2) w ON true
     WHERE q.starts_on <= ${parameters.add(period.to)} AND q.ends_on >= ${parameters.add(period.from)}
       AND ${holder(parameters)}
     ORDER BY q.starts_on, q.team_id NULLS LAST, q.user_id`,
    parameters.values,
  );
  const byQuota = new Map<string, Row[]>();
  for (const row of rows) byQuota.set(row.quotaId, [...(byQuota.get(row.quotaId) ?? []), row]);
  return [...byQuota.values()].map((parts) => {
    const [quota] = parts;
    const wins = parts
      .filter((part) => part.on !== null)
      .map((p) => ({ ...p, on: p.on!, currency: p.currency! }));
    const won = sumConverted(wins);
    return {
      quotaId: quota.quotaId,
      userId: quota.userId,
      teamId: quota.teamId,
      period: quota.period,
      startsOn: quota.startsOn,
      endsOn: quota.endsOn,
      target: { amount: quota.target, currency: quota.quotaCurrency },
      won: { amount: won.total, currency: quota.quotaCurrency },
      attainment: quotaAttainment(won.total, quota.target),
      missingRates: won.missing,
    };
  });
}

/** One user's quotas in the period with their attainment. */
export function userQuotaAttainment(dataSource: DataSource, userId: string, period: ReportQuery['period']) {
  return attainments(dataSource, parseReportPeriod(period), (p) => `q.user_id = ${p.add(userId)}::uuid`);
}

/**
 * A team's view: the team's own quotas and its members' (members by identity's team assignment).
 * A manager sees their own team; a rep only their own quota rows.
 */
export function teamQuotaAttainment(dataSource: DataSource, teamId: string, query: ReportQuery) {
  const period = parseReportPeriod(query.period);
  if (query.scope === 'team' && query.caller.teamId?.toLowerCase() !== teamId)
    throw forbidden('You may only see the quota attainment of your own team');
  const own = query.scope === 'own' ? visibleOwnerIds(query.caller, 'own') : null;
  return attainments(dataSource, period, (p) => {
    const team = `${p.add(teamId)}::uuid`;
    if (own)
      return `q.user_id = ANY(${p.add(own)}::uuid[]) AND q.user_id IN (SELECT user_id FROM sales_user_teams WHERE team_id = ${team})`;
    return `(q.team_id = ${team} OR q.user_id IN (SELECT user_id FROM sales_user_teams WHERE team_id = ${team}))`;
  });
}

/** Every quota in scope (own: the caller's; team: the caller's team's and managed users'; all: every one). */
function quotasInScope(dataSource: DataSource, query: ReportQuery) {
  const period = parseReportPeriod(query.period);
  const owners = visibleOwnerIds(query.caller, query.scope);
  return attainments(dataSource, period, (p) => {
    const conditions = [];
    if (owners) {
      const team =
        query.scope === 'team' && query.caller.teamId
          ? `${p.add(query.caller.teamId.toLowerCase())}::uuid`
          : 'NULL';
      conditions.push(`(q.user_id = ANY(${p.add(owners)}::uuid[]) OR q.team_id = ${team})`);
    }
    if (query.filter.ownerId)
      conditions.push(`q.user_id = ${p.add(query.filter.ownerId.toLowerCase())}::uuid`);
    if (query.filter.teamId) {
      const team = `${p.add(query.filter.teamId.toLowerCase())}::uuid`;
      conditions.push(
        `(q.team_id = ${team} OR q.user_id IN (SELECT user_id FROM sales_user_teams WHERE team_id = ${team}))`,
      );
    }
    return conditions.length > 0 ? conditions.join(' AND ') : 'true';
  });
}

export const quotaAttainmentReport: ReportDefinition = {
  name: 'QUOTA_ATTAINMENT',
  async table(dataSource, query) {
    const rows = await quotasInScope(dataSource, query);
    return {
      columns: ['user_id', 'team_id', 'period', 'target', 'won', 'currency', 'attainment'],
      rows: rows.map((r) => [
        r.userId,
        r.teamId,
        r.period,
        r.target.amount,
        r.won.amount,
        r.target.currency,
        r.attainment,
      ]),
    };
  },
};
