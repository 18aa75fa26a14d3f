import type { EventHandler } from '@crm/messaging';
import { recordCustomerTier } from '../data/customer-tier.repository';

/** Keeps the customer's tier: SLA policies may differ per tier (DESIGN §3). */
export const onCustomerTierChanged: EventHandler<'crm.customer.customer.tier_changed'> = async (
  event,
  manager,
) => {
  await recordCustomerTier(manager, event.data.customerId, event.data.to, new Date(event.data.changedAt));
};
