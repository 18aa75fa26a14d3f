import type { EntityManager } from 'typeorm';

/**
 * Keeps the customer's latest churn-risk signal; true when this one is the latest (newer than any
 * seen before), false when a newer one already arrived and this one must change nothing.
 */
export async function recordLatestChurnRiskSignal(
  manager: EntityManager,
  signal: { customerId: string; signal: 'DETECTED' | 'CLEARED'; at: Date; eventId: string },
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO churn_risk_signals (customer_id, signal, signalled_at, event_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (customer_id) DO UPDATE SET signal = EXCLUDED.signal, signalled_at = EXCLUDED.signalled_at,
       event_id = EXCLUDED.event_id
     WHERE churn_risk_signals.signalled_at < EXCLUDED.signalled_at
     RETURNING customer_id`,
    [signal.customerId, signal.signal, signal.at, signal.eventId],
  );
  return rows.length > 0;
}
