import type { EventHandlers } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { eraseLoyaltyHistory, mergeLoyaltyMembers } from '../changes/loyalty-customer.changes';
import { earnPointsForPayment } from '../changes/loyalty-earning.changes';

/** What loyalty learns from other services: payments earn points; merges and erasures reach members. */
export const loyaltyHandlers: EventHandlers = {
  'crm.sales.payment.received': (event, manager) =>
    earnPointsForPayment(scopeOfEvent('marketing', manager, event), event.data),
  'crm.customer.customer.merged': (event, manager) =>
    mergeLoyaltyMembers(scopeOfEvent('marketing', manager, event), event.data),
  'crm.customer.customer.erased': (event, manager) =>
    eraseLoyaltyHistory(scopeOfEvent('marketing', manager, event), event.data.customerId),
};
