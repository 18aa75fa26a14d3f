import type { FaultPlatform } from './fault-platform';

/** How far analytics' read models are from a recomputation out of the owners' tables. */
export interface ReadModelDrift {
  /** Open deals missing, extra or with another customer, amount or currency in analytics. */
  openDeals?: number;
  /** Customers whose Customer.metrics (open deals, pipeline) differ from sales' opportunities. */
  customerMetrics?: number;
  /** Customers of the customer service missing from analytics' customer facts, or extra there. */
  customerFacts: number;
}

/** Sales' open deals: the recomputation of analytics' `open_opportunities`. */
const SALES_OPEN_DEALS = `
  SELECT id AS opportunity_id, customer_id, amount, currency
    FROM sales.opportunities WHERE stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`;

/** Every read model the scenario's services keep; `deals: false` when sales does not run. */
export async function readModelDrift(
  platform: FaultPlatform,
  { deals = true } = {},
): Promise<ReadModelDrift> {
  const [{ customerFacts }] = await platform.rows<{ customerFacts: number }>(`
    SELECT count(*)::int AS "customerFacts"
      FROM customer.customers c FULL JOIN analytics.customer_facts f ON f.customer_id = c.id
     WHERE c.id IS NULL OR f.customer_id IS NULL`);
  if (!deals) return { customerFacts };
  const [{ openDeals }] = await platform.rows<{ openDeals: number }>(`
    SELECT count(*)::int AS "openDeals"
      FROM (${SALES_OPEN_DEALS}) s
      FULL JOIN analytics.open_opportunities a USING (opportunity_id)
     WHERE s.customer_id IS DISTINCT FROM a.customer_id
        OR s.amount IS DISTINCT FROM a.amount
        OR s.currency IS DISTINCT FROM a.currency`);
  const [{ customerMetrics }] = await platform.rows<{ customerMetrics: number }>(`
    WITH owner AS (
      SELECT customer_id, currency, count(*) AS deals, sum(amount) AS pipeline
        FROM (${SALES_OPEN_DEALS}) s GROUP BY customer_id, currency),
    model AS (
      SELECT customer_id, currency, count(*) AS deals, sum(amount) AS pipeline
        FROM analytics.open_opportunities GROUP BY customer_id, currency)
    SELECT count(DISTINCT coalesce(owner.customer_id, model.customer_id))::int AS "customerMetrics"
      FROM owner FULL JOIN model USING (customer_id, currency)
     WHERE owner.deals IS DISTINCT FROM model.deals OR owner.pipeline IS DISTINCT FROM model.pipeline`);
  return { openDeals, customerMetrics, customerFacts };
}
