import type { EntityManager } from 'typeorm';

/**
 * A churn spell starts; a redelivered or replayed churn of the same moment changes nothing. It
 * opens an absence unless another spell is still open, and remembers the customer's previous churn
 * (overall and for this reason): the churn roll-ups count distinct customers with them. A
 * customer's events arrive in order, so its earlier spells are all here.
 */
export async function startChurnSpell(
  manager: EntityManager,
  customerId: string,
  churnedAt: Date,
  reason: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO report_churn_spells (customer_id, churned_at, reason, opens_absence, previous_churned_at, previous_reason_churned_at)
     SELECT $1, $2, $3,
       NOT EXISTS (SELECT 1 FROM report_churn_spells o WHERE o.customer_id = $1 AND o.churned_at < $2
                     AND (o.reactivated_at IS NULL OR o.reactivated_at > $2)),
       (SELECT max(o.churned_at) FROM report_churn_spells o WHERE o.customer_id = $1 AND o.churned_at < $2),
       (SELECT max(o.churned_at) FROM report_churn_spells o WHERE o.customer_id = $1 AND o.reason = $3 AND o.churned_at < $2)
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
