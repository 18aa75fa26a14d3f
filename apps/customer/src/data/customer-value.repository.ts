import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import type { RevenueEntry, TierRules } from '../domain/tier-evaluation';
import { CustomerRevenue } from './customer-revenue.entity';
import { TierRulesRow } from './tier-rules.entity';

export const TIER_RULES_ID = 1;
/** The audit trail names entities by UUID: this one stands for the single row of tier rules. */
export const TIER_RULES_AUDIT_ID = '00000000-0000-7000-8000-00000000a7e1';

export interface StoredTierRules extends TierRules {
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/** `lock`: hold the row until the transaction ends, for a read-modify-write of the rules. */
export async function loadTierRules(manager: EntityManager, { lock = false } = {}): Promise<StoredTierRules> {
  const row = await manager.findOneOrFail(TierRulesRow, {
    where: { id: TIER_RULES_ID },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  return {
    reportingCurrency: row.reportingCurrency,
    windowMonths: row.windowMonths,
    thresholds: row.thresholds,
    loyalty: { minOrders: row.loyaltyMinOrders, windowMonths: row.loyaltyWindowMonths },
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export function tierRulesColumns(rules: TierRules) {
  return {
    reportingCurrency: rules.reportingCurrency,
    windowMonths: rules.windowMonths,
    thresholds: rules.thresholds,
    loyaltyMinOrders: rules.loyalty.minOrders,
    loyaltyWindowMonths: rules.loyalty.windowMonths,
  };
}

export type RevenueFact = Omit<CustomerRevenue, 'id' | 'recordedAt'>;

/** Records a fact once: false when this order or payment was already seen (e.g. republished). */
export async function recordRevenue(manager: EntityManager, fact: RevenueFact): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO customer_revenue
       (id, customer_id, kind, fact_id, order_id, amount, currency, occurred_at, event_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
     ON CONFLICT (kind, fact_id) DO NOTHING RETURNING id`,
    [
      newId(),
      fact.customerId,
      fact.kind,
      fact.factId,
      fact.orderId,
      fact.amount,
      fact.currency,
      fact.occurredAt,
      fact.eventId,
    ],
  );
  return inserted.length > 0;
}

export async function revenueEntriesOf(manager: EntityManager, customerId: string): Promise<RevenueEntry[]> {
  const rows = await manager.find(CustomerRevenue, { where: { customerId } });
  return rows.map(({ kind, orderId, amount, currency, occurredAt }) => ({
    kind,
    orderId,
    amount,
    currency,
    occurredAt,
  }));
}
