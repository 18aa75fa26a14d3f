import type { EventHandler } from '@crm/messaging';
import { markCustomersMerged } from '../data/customer-fact.repository';
import { isAnyErased } from '../data/customer-tombstone.repository';
import { eraseCustomerTraces } from '../data/customer-traces.repository';
import { OpenOpportunity } from '../data/open-opportunity.entity';
import { moveTimelineEntries } from '../data/timeline-entry.repository';

/**
 * Duplicates folded into a survivor (the last one, when the survivor was merged on already): their
 * open deals and timeline now count for it, and the merge is remembered, so events about them
 * arriving later land there too. Moved into a customer erased already, their traces are erased as
 * the erasure would have done had it come after the merge. The audit trail stays with the records
 * it describes.
 */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const { customerId, mergedCustomerIds } = event.data;
  const survivorId = await markCustomersMerged(manager, customerId, mergedCustomerIds);
  await manager
    .createQueryBuilder()
    .update(OpenOpportunity)
    .set({ customerId: survivorId })
    .where('customer_id = ANY(:mergedCustomerIds)', { mergedCustomerIds })
    .execute();
  await moveTimelineEntries(manager, survivorId, mergedCustomerIds);
  if (await isAnyErased(manager, [survivorId])) await eraseCustomerTraces(manager, survivorId);
};
