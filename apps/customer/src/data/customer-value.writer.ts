import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { conflict } from '@crm/errors';
import type { AnyCloudEvent } from '@crm/events';
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
  type TierChange as TierMove,
  type TierRules,
} from '../domain/tier-evaluation';
import { lifecycleChanged } from '../events/lifecycle-changed.event';
import { tierChanged } from '../events/tier-changed.event';
import { Customer } from './customer.entity';
import { LifecycleChange } from './lifecycle-change.entity';
import { TierChange } from './tier-change.entity';

/** Who or what caused a change, kept in the history and the events. */
export interface ChangeOrigin {
  source: LifecycleChangeSource;
  /** A user id, or the actor of the causing event. */
  actorId: string;
  causingEventId: string | null;
  correlationId: string;
  at: Date;
}

/** A mutation's optimistic lock on a customer it has locked: CONFLICT when the version moved on. */
export function assertVersion(customer: Customer, expected: number | null | undefined): void {
  if (expected === null || expected === undefined || customer.version === expected) return;
  throw conflict(
    `Customer ${customer.id} was changed by someone else (version ${customer.version}, you had ${expected}); reload and retry`,
  );
}

async function saveCustomer(
  manager: EntityManager,
  customer: Customer,
  changes: Partial<Customer>,
  at: Date,
) {
  await manager
    .createQueryBuilder()
    .update(Customer)
    .set({ ...changes, updatedAt: at, version: () => 'version + 1' })
    .where('id = :id', { id: customer.id })
    .execute();
  Object.assign(customer, changes, { updatedAt: at, version: customer.version + 1 });
}

/**
 * Moves the (locked) customer through `steps`, one history entry and one lifecycle_changed event
 * each; `alsoSet` adds columns of the same change (churn fields). Returns the events to publish.
 */
export async function moveLifecycle(
  manager: EntityManager,
  customer: Customer,
  steps: LifecycleStep[],
  origin: ChangeOrigin,
  alsoSet: Partial<Customer> = {},
): Promise<AnyCloudEvent[]> {
  if (steps.length === 0) return [];
  const changes = steps.map((step) =>
    Object.assign(new LifecycleChange(), {
      id: newId(),
      customerId: customer.id,
      fromStage: step.from,
      toStage: step.to,
      reason: step.reason,
      source: origin.source,
      actorId: origin.actorId,
      causingEventId: origin.causingEventId,
      createdAt: origin.at,
    }),
  );
  await manager.insert(LifecycleChange, changes);
  await saveCustomer(manager, customer, { ...alsoSet, lifecycleStage: steps.at(-1)!.to }, origin.at);
  return changes.map((change) => lifecycleChanged(change, origin.correlationId));
}

/** Re-evaluates the (locked) customer's tier; a change is saved with its figures and announced. */
export async function reevaluateTier(
  manager: EntityManager,
  customer: Customer,
  entries: RevenueEntry[],
  rules: TierRules,
  origin: ChangeOrigin,
): Promise<{ change: TierMove | null; events: AnyCloudEvent[] }> {
  const value = customerValueOf(entries, rules, origin.at);
  const change = tierChangeFor(customer.tier, value, rules);
  if (!change) return { change, events: [] };
  const history = Object.assign(new TierChange(), {
    id: newId(),
    customerId: customer.id,
    fromTier: change.from,
    toTier: change.to,
    reason: change.reason,
    source: origin.source,
    actorId: origin.actorId,
    causingEventId: origin.causingEventId,
    revenue: value.revenue,
    currency: rules.reportingCurrency,
    orderCount: value.orders,
    createdAt: origin.at,
  });
  await manager.insert(TierChange, history);
  await saveCustomer(manager, customer, { tier: change.to }, origin.at);
  return { change, events: [tierChanged(history, origin.correlationId)] };
}

/** What a purchase does to a customer: lifecycle rules first, then the tier. */
export async function applyPurchases(
  manager: EntityManager,
  customer: Customer,
  entries: RevenueEntry[],
  rules: TierRules,
  origin: ChangeOrigin,
): Promise<AnyCloudEvent[]> {
  const history = purchaseHistoryOf(entries, rules.loyalty, origin.at);
  const steps = stepsAfterPurchase(customer.lifecycleStage, history, rules.loyalty);
  const lifecycleEvents = await moveLifecycle(manager, customer, steps, origin);
  const { events: tierEvents } = await reevaluateTier(manager, customer, entries, rules, origin);
  return [...lifecycleEvents, ...tierEvents];
}
