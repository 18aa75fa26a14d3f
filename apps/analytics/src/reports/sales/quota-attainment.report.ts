import type { DataSource } from 'typeorm';
import { forbidden } from '@crm/errors';
import { visibleOwnerIds } from '@crm/permissions';
import { sumConverted, type MissingRate } from '../../domain/money-total';
import { quotaAttainment } from '../../domain/quota-attainment';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { reportingCurrencyOf } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import { reportRows } from '../customer/report-sql';

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
 * Quotas overlapping the period whose holder matches `holder` (SQL on q), each with the deals won in
 * its own days by its user (or the team's members). In the reporting currency, a quota reads its
 * whole months from sales_closed_months and its other days, and the wins without a rate, from the
 * deals; in another currency, the wins convert into it at each day's rate.
 */
async function attainments(
  dataSource: DataSource,
  period: { from: string; to: string },
  holder: (parameters: SqlParameters) => string,
): Promise<QuotaAttainmentRow[]> {
  const parameters = new SqlParameters();
  const reporting = `${parameters.add(await reportingCurrencyOf(dataSource.manager))}::bpchar`;
  const rows: Row[] = await reportRows(
    dataSource,
    `SELECT q.quota_id AS "quotaId", q.user_id AS "userId", q.team_id AS "teamId", q.period,
            to_char(q.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(q.ends_on, 'YYYY-MM-DD') AS "endsOn",
            q.target_amount::text AS target, q.currency::text AS "quotaCurrency", w.on, w.currency, w.converted
     FROM sales_quotas q
     CROSS JOIN LATERAL (
       SELECT CASE WHEN q.user_id IS NOT NULL THEN ARRAY[q.user_id]
                   ELSE ARRAY(SELECT user_id FROM report_user_teams WHERE team_id = q.team_id) END AS owners,
              (date_trunc('month', q.starts_on - 1) + interval '1 month')::date AS whole_from,
              date_trunc('month', q.ends_on + 1)::date AS whole_until) h
     LEFT JOIN LATERAL (
       SELECT to_char(r.month, 'YYYY-MM-DD') AS on, q.currency::text AS currency, sum(r.won_amount)::text AS converted
       FROM sales_closed_months r
       WHERE q.currency = ${reporting} AND r.owner_id = ANY(h.owners) AND r.month >= h.whole_from AND r.month < h.whole_until
       GROUP BY r.month
       UNION ALL
       SELECT to_char(d.closed_on, 'YYYY-MM-DD'), d.currency::text, d.won_converted::text
       FROM sales_deals d
       WHERE q.currency = ${reporting} AND d.outcome = 'WON' AND d.owner_id = ANY(h.owners)
         AND d.closed_on BETWEEN q.starts_on AND q.ends_on
         AND (d.closed_on < h.whole_from OR d.closed_on >= h.whole_until OR d.won_converted IS NULL)
       UNION ALL
       SELECT to_char(g.closed_on, 'YYYY-MM-DD'), g.currency, convert_amount(g.amount, g.currency, q.currency, g.closed_on)::text
       FROM (SELECT d.closed_on, d.currency::text AS currency, sum(d.amount) AS amount FROM sales_deals d
             WHERE q.currency <> ${reporting} AND d.outcome = 'WON' AND d.owner_id = ANY(h.owners)
               AND d.closed_on BETWEEN q.starts_on AND q.ends_on
             GROUP BY 1, 2) g) w ON true
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
      return `q.user_id = ANY(${p.add(own)}::uuid[]) AND q.user_id IN (SELECT user_id FROM report_user_teams WHERE team_id = ${team})`;
    return `(q.team_id = ${team} OR q.user_id IN (SELECT user_id FROM report_user_teams WHERE team_id = ${team}))`;
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
        `(q.team_id = ${team} OR q.user_id IN (SELECT user_id FROM report_user_teams WHERE team_id = ${team}))`,
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
