import type { EntityManager } from 'typeorm';
import { createLogger } from '@crm/logger';
import { appendToOutbox } from '@crm/messaging';
import type { Customer } from '../data/customer.entity';
import { lockCustomer } from '../data/customer-lock';
import {
  loadTierRules,
  recordRevenue,
  revenueEntriesOf,
  type RevenueFact,
} from '../data/customer-value.repository';
import { applyPurchases } from '../data/customer-value.writer';

const logger = createLogger('customer.revenue');

/** A merge leaves the merged customer pointing at its survivor; follow a few hops, never a cycle. */
async function currentCustomer(manager: EntityManager, id: string): Promise<Customer | null> {
  let customer = await lockCustomer(manager, id);
  for (let hops = 0; customer?.mergedIntoId && hops < 5; hops++)
    customer = await lockCustomer(manager, customer.mergedIntoId);
  return customer;
}

interface CausingEvent {
  id: string;
  actor: string;
  correlationid: string;
}

/**
 * Records an order or payment for its customer and applies the lifecycle and tier rules, with
 * the resulting events in the same transaction. Revenue of a customer this service does not know
 * (yet: a lead conversion still on its way) is kept, and counted by the customer's next evaluation;
 * an erased customer's revenue is kept for the figures but moves nothing.
 */
export async function applyRevenueFact(
  manager: EntityManager,
  event: CausingEvent,
  fact: RevenueFact,
): Promise<void> {
  const customer = await currentCustomer(manager, fact.customerId);
  const isNew = await recordRevenue(manager, { ...fact, customerId: customer?.id ?? fact.customerId });
  if (!customer || customer.erasedAt) {
    logger.warn(
      { eventId: event.id, customerId: fact.customerId, erased: Boolean(customer?.erasedAt) },
      'revenue for a customer not known here (or erased): kept, lifecycle and tier not evaluated',
    );
    return;
  }
  if (!isNew) return; // the same order or payment again, under another event id
  await appendToOutbox(manager, await evaluatePurchases(manager, customer, event));
}

/**
 * Applies the lifecycle and tier rules to every order and payment recorded for the customer and
 * returns the events to publish. Also run when a customer is created from a converted lead, so
 * revenue that arrived before it counts straight away.
 */
export async function evaluatePurchases(manager: EntityManager, customer: Customer, event: CausingEvent) {
  const entries = await revenueEntriesOf(manager, customer.id);
  if (entries.length === 0) return [];
  return applyPurchases(manager, customer, entries, await loadTierRules(manager), {
    source: 'EVENT',
    actorId: event.actor,
    causingEventId: event.id,
    correlationId: event.correlationid,
    at: new Date(),
  });
}
