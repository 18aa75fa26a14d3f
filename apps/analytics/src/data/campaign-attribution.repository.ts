import type { DataSource, EntityManager } from 'typeorm';
import type { ConvertedLead, CustomerPayment } from '../domain/attribution';

/**
 * Analytics' copy of what campaign attribution needs (issue 14 §5): leads with their source
 * campaign and the customer they became, and campaigns' costs; revenue is customer_payments.
 * Each event fills its own columns, so they may arrive in any order.
 */

export async function recordLeadSource(
  manager: EntityManager,
  lead: { leadId: string; campaignId: string; createdAt: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO campaign_leads (lead_id, campaign_id, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (lead_id) DO UPDATE SET campaign_id = EXCLUDED.campaign_id, created_at = EXCLUDED.created_at`,
    [lead.leadId, lead.campaignId, lead.createdAt],
  );
}

export async function recordLeadConversion(
  manager: EntityManager,
  conversion: { leadId: string; customerId: string; convertedAt: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO campaign_leads (lead_id, customer_id, converted_at) VALUES ($1, $2, $3)
     ON CONFLICT (lead_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, converted_at = EXCLUDED.converted_at`,
    [conversion.leadId, conversion.customerId, conversion.convertedAt],
  );
}

export async function recordCampaignCost(
  manager: EntityManager,
  cost: { costId: string; campaignId: string; amount: string; currency: string; spentOn: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO campaign_costs (cost_id, campaign_id, amount, currency, spent_on) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (cost_id) DO NOTHING`,
    [cost.costId, cost.campaignId, cost.amount, cost.currency, cost.spentOn],
  );
}

/** What the performance of some campaigns is computed from, amounts in the reporting currency. */
export interface AttributionFacts {
  currency: string;
  leadCounts: Map<string, { leads: number; converted: number }>;
  /** Converted leads of every customer the campaigns' leads became (other campaigns' too: touches compete). */
  leads: ConvertedLead[];
  payments: CustomerPayment[];
  costs: Map<string, string>;
  /** Some payment or cost had no exchange rate: the figures leave it out. */
  unconverted: boolean;
}

export async function attributionFactsOf(
  dataSource: DataSource,
  campaignIds: string[],
): Promise<AttributionFacts> {
  const [{ reporting_currency: currency }]: { reporting_currency: string }[] = await dataSource.query(
    'SELECT trim(reporting_currency) AS reporting_currency FROM reporting_settings',
  );
  const counts: { campaign_id: string; leads: number; converted: number }[] = await dataSource.query(
    `SELECT campaign_id, count(*)::int AS leads, count(customer_id)::int AS converted FROM campaign_leads
     WHERE campaign_id = ANY($1) GROUP BY campaign_id`,
    [campaignIds],
  );
  const customers = `SELECT DISTINCT customer_id FROM campaign_leads WHERE campaign_id = ANY($1) AND customer_id IS NOT NULL`;
  const leads: {
    lead_id: string;
    campaign_id: string;
    customer_id: string;
    created_at: Date;
    converted_at: Date;
  }[] = await dataSource.query(
    `SELECT lead_id, campaign_id, customer_id, created_at, converted_at FROM campaign_leads
       WHERE customer_id IN (${customers}) AND campaign_id IS NOT NULL AND created_at IS NOT NULL`,
    [campaignIds],
  );
  const payments: { customer_id: string; amount: string | null; received_at: Date }[] =
    await dataSource.query(
      `SELECT customer_id, received_at,
            convert_amount(amount, currency, $2, (received_at AT TIME ZONE 'UTC')::date)::text AS amount
     FROM customer_payments WHERE customer_id IN (${customers})`,
      [campaignIds, currency],
    );
  const costs: { campaign_id: string; amount: string | null; unconverted: boolean }[] =
    await dataSource.query(
      `SELECT campaign_id, sum(converted)::text AS amount, bool_or(converted IS NULL) AS unconverted
     FROM (SELECT campaign_id, convert_amount(amount, currency, $2, spent_on) AS converted
           FROM campaign_costs WHERE campaign_id = ANY($1)) c GROUP BY campaign_id`,
      [campaignIds, currency],
    );
  return {
    currency,
    leadCounts: new Map(
      counts.map((row) => [row.campaign_id, { leads: row.leads, converted: row.converted }]),
    ),
    leads: leads.map((row) => ({
      leadId: row.lead_id,
      campaignId: row.campaign_id,
      customerId: row.customer_id,
      createdAt: row.created_at,
      convertedAt: row.converted_at,
    })),
    payments: payments
      .filter((row) => row.amount !== null)
      .map((row) => ({ customerId: row.customer_id, amount: row.amount!, receivedAt: row.received_at })),
    costs: new Map(costs.map((row) => [row.campaign_id, row.amount ?? '0'])),
    unconverted: payments.some((row) => row.amount === null) || costs.some((row) => row.unconverted),
  };
}
