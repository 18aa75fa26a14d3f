import type { EventHandlers } from '@crm/messaging';
import {
  applyProfileChanges,
  markCustomerErased,
  markCustomersMerged,
  purchaserOf,
  type ProfileChanges,
} from '../data/recommendation-customer.repository';
import {
  deletePurchasesOf,
  movePurchases,
  recordPurchases,
} from '../data/recommendation-purchase.repository';
import { orderedProducts } from '../domain/ordered-products';

const PROFILE_FIELDS = ['ownerId', 'industry', 'region'] as const;

/**
 * What recommendations learn from events: purchases from order lines, and the customer's owner and
 * group attributes. Events of different aggregates arrive in any order: an order before its
 * customer is kept; an order of a merged customer lands on the survivor; of an erased one, nowhere.
 */
export const recommendationHandlers: EventHandlers = {
  'crm.sales.order.placed': async (event, manager) => {
    const { orderId, customerId, placedAt, lines } = event.data;
    const purchaser = await purchaserOf(manager, customerId);
    if (!purchaser) return;
    await recordPurchases(
      manager,
      { orderId, customerId: purchaser, placedAt: new Date(placedAt) },
      orderedProducts(lines),
    );
  },
  'crm.customer.customer.created': (event, manager) =>
    applyProfileChanges(
      manager,
      event.data.customerId,
      { ownerId: event.data.ownerId },
      new Date(event.time),
    ),
  'crm.customer.customer.updated': async (event, manager) => {
    const { customerId, values } = event.data;
    const changes: ProfileChanges = {};
    for (const field of PROFILE_FIELDS)
      if (values[field] !== undefined) changes[field] = values[field] ?? null;
    if (Object.keys(changes).length)
      await applyProfileChanges(manager, customerId, changes, new Date(event.time));
  },
  'crm.customer.customer.tier_changed': (event, manager) =>
    applyProfileChanges(manager, event.data.customerId, { tier: event.data.to }, new Date(event.time)),
  'crm.customer.customer.merged': async (event, manager) => {
    const { customerId, mergedCustomerIds } = event.data;
    await markCustomersMerged(manager, customerId, mergedCustomerIds, new Date(event.time));
    await movePurchases(manager, customerId, mergedCustomerIds);
  },
  // Purchase rows carry the order id, which sales keeps with the customer: they identify the person
  // and are deleted. The rules already mined are counts over at least minCustomers customers.
  'crm.customer.customer.erased': async (event, manager) => {
    await deletePurchasesOf(manager, event.data.customerId);
    await markCustomerErased(manager, event.data.customerId, new Date(event.time));
  },
};
