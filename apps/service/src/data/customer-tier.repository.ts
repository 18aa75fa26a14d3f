import type { EntityManager } from 'typeorm';
import type { CustomerTier } from '../domain/sla/sla-policy';
import { markSlaStaleForCustomer } from './sla-clock.repository';

/**
 * Keeps the newest tier whatever order the events arrive in (a tier_changed may overtake the
 * customer's creation, or an older one arrive late); the customer's open tickets get their SLA
 * recomputed, as their policy may depend on the tier.
 */
export async function recordCustomerTier(
  manager: EntityManager,
  customerId: string,
  tier: CustomerTier | null,
  changedAt: Date,
): Promise<void> {
  const updated: unknown[] = await manager.query(
    `INSERT INTO known_customers (id, tier, tier_changed_at) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.tier, tier_changed_at = EXCLUDED.tier_changed_at
      WHERE known_customers.tier_changed_at IS NULL OR known_customers.tier_changed_at < EXCLUDED.tier_changed_at
     RETURNING id`,
    [customerId, tier, changedAt],
  );
  if (updated.length > 0) await markSlaStaleForCustomer(manager, customerId);
}
