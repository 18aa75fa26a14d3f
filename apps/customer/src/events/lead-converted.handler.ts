import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { createCustomerFromLead } from '../changes/customer.changes';

/**
 * The customer side of the conversion saga (DESIGN §2), in the consumer's transaction: the inbox
 * makes a redelivery a no-op, and the change ignores a replayed conversion.
 */
export const onLeadConverted: EventHandler<'crm.sales.lead.converted'> = async (event, manager) => {
  await createCustomerFromLead(scopeOfEvent('customer', manager, event), event);
};
