import type { EventHandler } from '@crm/messaging';
import { markCustomersMerged } from '../data/customer-fact.repository';
import { OpenOpportunity } from '../data/open-opportunity.entity';
import { moveTimelineEntries } from '../data/timeline-entry.repository';

/**
 * Duplicates folded into a survivor: their open deals and timeline now count for the survivor, and
 * their facts redirect there (so late events about them land there too). The audit trail stays
 * with the records it describes.
 */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const { customerId: survivorId, mergedCustomerIds } = event.data;
  await markCustomersMerged(manager, survivorId, mergedCustomerIds);
  await manager
    .createQueryBuilder()
    .update(OpenOpportunity)
    .set({ customerId: survivorId })
    .where('customer_id = ANY(:mergedCustomerIds)', { mergedCustomerIds })
    .execute();
  await moveTimelineEntries(manager, survivorId, mergedCustomerIds);
};
