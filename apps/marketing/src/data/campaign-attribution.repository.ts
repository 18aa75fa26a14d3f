import type { DataSource, EntityManager } from 'typeorm';
import { normaliseAmount } from '@crm/db';
import type { Money } from '../domain/campaign-performance';

/**
 * Marketing's projection of sales events for attribution (issue 13 §1, DESIGN §2): leads with the
 * campaign they came from and the customer they became, and customers' payments. Each event fills
 * its own columns, so they may arrive in any order: a payment before the conversion that ties its
 * customer to the campaign counts as soon as the conversion arrives.
 */

/** The customer that remains of `customerId` after merges (itself when never merged). */
const SURVIVOR_OF = `COALESCE((SELECT survivor_id FROM merged_customers WHERE customer_id = $1), $1)`;

/**
 * A payment or conversion and a merge of its customer may be applied at once (their topics are
 * consumed side by side): each takes the customer's lock first, so the later one sees what the
 * earlier committed and nothing stays on a merged id. Ids in order, so two merges never deadlock.
 */
async function lockAttributionOf(manager: EntityManager, customerIds: string[]): Promise<void> {
  for (const id of [...new Set(customerIds)].sort()) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`marketing-attribution:${id}`]);
  }
}

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
  await lockAttributionOf(manager, [conversion.customerId]);
  await manager.query(
    `INSERT INTO campaign_leads (lead_id, customer_id, converted_at) VALUES ($2, ${SURVIVOR_OF}, $3)
     ON CONFLICT (lead_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, converted_at = EXCLUDED.converted_at`,
    [conversion.customerId, conversion.leadId, conversion.convertedAt],
  );
}

export async function recordCustomerPayment(
  manager: EntityManager,
  payment: { paymentId: string; customerId: string; amount: string; currency: string; receivedAt: string },
): Promise<void> {
  await lockAttributionOf(manager, [payment.customerId]);
  await manager.query(
    `INSERT INTO customer_payments (payment_id, customer_id, amount, currency, received_at)
     VALUES ($2, ${SURVIVOR_OF}, $3, $4, $5) ON CONFLICT (payment_id) DO NOTHING`,
    [payment.customerId, payment.paymentId, payment.amount, payment.currency, payment.receivedAt],
  );
}

/** Re-points converted leads and payments of merged customers to the survivor, now and on later arrival. */
export async function mergeAttributedCustomers(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await lockAttributionOf(manager, [survivorId, ...mergedIds]);
  await manager.query(
    `INSERT INTO merged_customers (customer_id, survivor_id) SELECT unnest($2::uuid[]), $1
     ON CONFLICT (customer_id) DO UPDATE SET survivor_id = EXCLUDED.survivor_id`,
    [survivorId, mergedIds],
  );
  // Customers merged into a merged customer earlier now belong to the new survivor too.
  await manager.query('UPDATE merged_customers SET survivor_id = $1 WHERE survivor_id = ANY($2)', [
    survivorId,
    mergedIds,
  ]);
  await manager.query('UPDATE campaign_leads SET customer_id = $1 WHERE customer_id = ANY($2)', [
    survivorId,
    mergedIds,
  ]);
  await manager.query('UPDATE customer_payments SET customer_id = $1 WHERE customer_id = ANY($2)', [
    survivorId,
    mergedIds,
  ]);
}

export interface Attribution {
  leads: number;
  convertedLeads: number;
  revenue: Money[];
}

/** Leads, conversions and revenue of many campaigns in two queries (campaign_leads_campaign, customer_payments_customer). */
export async function attributionOfCampaigns(
  dataSource: DataSource,
  campaignIds: string[],
): Promise<Map<string, Attribution>> {
  const counts: { campaign_id: string; leads: number; converted: number }[] = await dataSource.query(
    `SELECT campaign_id, count(*)::int AS leads, count(customer_id)::int AS converted FROM campaign_leads
     WHERE campaign_id = ANY($1) GROUP BY campaign_id`,
    [campaignIds],
  );
  // A customer two leads of one campaign became is counted once.
  const revenue: { campaign_id: string; currency: string; amount: string }[] = await dataSource.query(
    `SELECT l.campaign_id, p.currency, sum(p.amount)::text AS amount
     FROM (SELECT DISTINCT campaign_id, customer_id FROM campaign_leads
           WHERE campaign_id = ANY($1) AND customer_id IS NOT NULL) l
     JOIN customer_payments p ON p.customer_id = l.customer_id
     GROUP BY l.campaign_id, p.currency ORDER BY p.currency`,
    [campaignIds],
  );
  const result = new Map<string, Attribution>(
    campaignIds.map((id) => [id, { leads: 0, convertedLeads: 0, revenue: [] }]),
  );
  for (const row of counts)
    Object.assign(result.get(row.campaign_id)!, { leads: row.leads, convertedLeads: row.converted });
  for (const row of revenue)
    result
      .get(row.campaign_id)!
      .revenue.push({ currency: row.currency.trim(), amount: normaliseAmount(row.amount) });
  return result;
}
