import type { DataSource } from 'typeorm';
import { missingRatesOf } from '../../domain/money-total';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import {
  dealCustomerCondition,
  dealOwnerCondition,
  filtersByCustomer,
  reportingCurrencyOf,
} from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import { reportRows } from '../customer/report-sql';

export interface LargeDealAlertRow {
  opportunityId: string;
  ownerId: string | null;
  teamId: string | null;
  amount: string;
  currency: string;
  threshold: string;
  /** The amount in the reporting currency at the detection date's rate; null without a rate. */
  converted: string | null;
  detectedAt: Date;
  on: string;
  reportingCurrency: string;
}

/** The region and segment filters on the alert's deal (true without them). */
function alertCustomerCondition(query: ReportQuery, parameters: SqlParameters): string {
  if (!filtersByCustomer(query)) return 'true';
  return `EXISTS (SELECT 1 FROM sales_deals d WHERE d.opportunity_id = a.opportunity_id
                    AND ${dealCustomerCondition(query, parameters, 'd')})`;
}

/** Large deals detected in the period within the caller's scope, newest first. */
export async function largeDealAlerts(dataSource: DataSource, query: ReportQuery, first: number) {
  const period = parseReportPeriod(query.period);
  const currency = await reportingCurrencyOf(dataSource.manager);
  const parameters = new SqlParameters();
  const target = parameters.add(currency);
  const rows: Omit<LargeDealAlertRow, 'reportingCurrency'>[] = await reportRows(
    dataSource,
    `SELECT a.opportunity_id AS "opportunityId", a.owner_id AS "ownerId", a.team_id AS "teamId",
            a.amount::text AS amount, a.currency::text AS currency, a.threshold::text AS threshold,
            convert_amount(a.amount, a.currency, ${target}, (a.detected_at AT TIME ZONE 'UTC')::date) AS converted,
            a.detected_at AS "detectedAt", to_char(a.detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS on
     FROM large_deal_alerts a
     WHERE a.detected_at >= (${parameters.add(period.from)}::date)::timestamp AT TIME ZONE 'UTC'
       AND a.detected_at < (${parameters.add(period.to)}::date + 1)::timestamp AT TIME ZONE 'UTC'
       AND ${dealOwnerCondition(query, parameters, 'a.owner_id')}
       AND ${alertCustomerCondition(query, parameters)}
     ORDER BY a.detected_at DESC, a.opportunity_id LIMIT ${parameters.add(first)}`,
    parameters.values,
  );
  const alerts = rows.map((row) => ({ ...row, reportingCurrency: currency }));
  return { currency, alerts, missingRates: missingRatesOf(rows) };
}

export const largeDealAlertsReport: ReportDefinition = {
  name: 'LARGE_DEAL_ALERTS',
  async table(dataSource, query) {
    const { currency, alerts } = await largeDealAlerts(dataSource, query, 10_000);
    return {
      columns: [
        'opportunity_id',
        'owner_id',
        'amount',
        'currency',
        'threshold',
        'amount_in_reporting_currency',
        'reporting_currency',
        'detected_at',
      ],
      rows: alerts.map((a) => [
        a.opportunityId,
        a.ownerId,
        a.amount,
        a.currency,
        a.threshold,
        a.converted,
        currency,
        a.detectedAt.toISOString(),
      ]),
    };
  },
};
