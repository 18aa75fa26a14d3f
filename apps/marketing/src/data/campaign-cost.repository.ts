import type { DataSource, EntityManager } from 'typeorm';
import { normaliseAmount } from '@crm/db';

export interface CostTotal {
  campaignId: string;
  amount: string;
  currency: string;
}

/** The currency a campaign's costs were recorded in; null while it has none. */
export async function currencyOfCosts(manager: EntityManager, campaignId: string): Promise<string | null> {
  const rows: { currency: string }[] = await manager.query(
    'SELECT currency FROM campaign_costs WHERE campaign_id = $1 LIMIT 1',
    [campaignId],
  );
  return rows[0]?.currency ?? null;
}

/** Every campaign's spend per currency (one currency per campaign by the cost rules), in one query. */
export async function costTotalsOfCampaigns(
  db: DataSource | EntityManager,
  campaignIds: string[],
): Promise<CostTotal[]> {
  const rows: { campaign_id: string; amount: string; currency: string }[] = await db.query(
    `SELECT campaign_id, sum(amount)::text AS amount, currency FROM campaign_costs
     WHERE campaign_id = ANY($1) GROUP BY campaign_id, currency`,
    [campaignIds],
  );
  return rows.map((row) => ({
    campaignId: row.campaign_id,
    amount: normaliseAmount(row.amount),
    currency: row.currency.trim(),
  }));
}
