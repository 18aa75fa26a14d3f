import type { EntityManager } from 'typeorm';

/** A churn spell starts; a redelivered or replayed churn of the same moment changes nothing. */
export async function startChurnSpell(
  manager: EntityManager,
  customerId: string,
  churnedAt: Date,
  reason: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO report_churn_spells (customer_id, churned_at, reason) VALUES ($1, $2, $3)
     ON CONFLICT (customer_id, churned_at) DO NOTHING`,
    [customerId, churnedAt, reason],
  );
}

/** The customer's open spell ends (events of one customer arrive in order, so it is the latest). */
export async function endChurnSpell(
  manager: EntityManager,
  customerId: string,
  reactivatedAt: Date,
): Promise<void> {
  await manager.query(
    `UPDATE report_churn_spells SET reactivated_at = $2
     WHERE customer_id = $1 AND reactivated_at IS NULL AND churned_at <= $2`,
    [customerId, reactivatedAt],
  );
}
