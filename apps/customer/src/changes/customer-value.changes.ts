import { newId } from '@crm/db';
import type { Change } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { loadTierRules, revenueEntriesOf } from '../data/customer-value.repository';
import { LifecycleChange } from '../data/lifecycle-change.entity';
import { TierChange } from '../data/tier-change.entity';
import {
  stepsAfterPurchase,
  type LifecycleChangeSource,
  type LifecycleStep,
} from '../domain/lifecycle-transition';
import {
  customerValueOf,
  purchaseHistoryOf,
  tierChangeFor,
  type RevenueEntry,
  type TierRules,
} from '../domain/tier-evaluation';
import { lifecycleChanged } from '../events/lifecycle-changed.event';
import { tierChanged } from '../events/tier-changed.event';

/** What moved a customer's stage or tier, kept in its history beside the change's origin. */
export interface ValueCause {
  /** The mutation or saga step, for the audit trail. */
  action: string;
  source: LifecycleChangeSource;
  causingEventId: string | null;
  at: Date;
}

/**
 * Moves the (locked) customer through `steps`, one history entry and one lifecycle_changed event
 * each; `alsoSet` adds columns of the same change (churn fields). Returns the customer after.
 */
export async function moveLifecycle(
  change: Change,
  customer: Customer,
  steps: LifecycleStep[],
  cause: ValueCause,
  alsoSet: Partial<Customer> = {},
): Promise<Customer> {
  if (steps.length === 0) return customer;
  const history = steps.map((step) =>
    Object.assign(new LifecycleChange(), {
      id: newId(),
      customerId: customer.id,
      fromStage: step.from,
      toStage: step.to,
      reason: step.reason,
      source: cause.source,
      actorId: change.origin.actor,
      causingEventId: cause.causingEventId,
      createdAt: cause.at,
    }),
  );
  await change.manager.insert(LifecycleChange, history);
  change.publish(...history.map((entry) => lifecycleChanged(entry, change.origin)));
  return change.update(
    Customer,
    customer,
    { ...alsoSet, lifecycleStage: steps.at(-1)!.to, updatedAt: cause.at },
    { action: cause.action, entityType: 'Customer' },
  );
}

/** Re-evaluates the (locked) customer's tier; a change is saved with its figures and announced. */
export async function reevaluateTier(
  change: Change,
  customer: Customer,
  entries: RevenueEntry[],
  rules: TierRules,
  cause: ValueCause,
): Promise<Customer> {
  const value = customerValueOf(entries, rules, cause.at);
  const move = tierChangeFor(customer.tier, value, rules);
  if (!move) return customer;
  const history = Object.assign(new TierChange(), {
    id: newId(),
    customerId: customer.id,
    fromTier: move.from,
    toTier: move.to,
    reason: move.reason,
    source: cause.source,
    actorId: change.origin.actor,
    causingEventId: cause.causingEventId,
    revenue: value.revenue,
    currency: rules.reportingCurrency,
    orderCount: value.orders,
    createdAt: cause.at,
  });
  await change.manager.insert(TierChange, history);
  change.publish(tierChanged(history, change.origin));
  return change.update(
    Customer,
    customer,
    { tier: move.to, updatedAt: cause.at },
    { action: cause.action, entityType: 'Customer' },
  );
}

/**
 * Applies the lifecycle and tier rules to every order and payment recorded for the (locked)
 * customer: lifecycle first, then the tier. Also run when a customer is created from a converted
 * lead, so revenue that arrived before it counts straight away.
 */
export async function evaluatePurchases(change: Change, customer: Customer, cause: ValueCause) {
  const entries = await revenueEntriesOf(change.manager, customer.id);
  if (entries.length === 0) return customer;
  const rules = await loadTierRules(change.manager);
  const history = purchaseHistoryOf(entries, rules.loyalty, cause.at);
  const steps = stepsAfterPurchase(customer.lifecycleStage, history, rules.loyalty);
  const moved = await moveLifecycle(change, customer, steps, cause);
  return reevaluateTier(change, moved, entries, rules, cause);
}
