import type { EventHandler } from '@crm/messaging';
import { survivorOf } from '../data/customer-tombstone.repository';
import { OpenOpportunity } from '../data/open-opportunity.entity';

/** An open deal counts for its customer, or for the survivor of a merge that arrived first. */
export const onOpportunityCreated: EventHandler<'crm.sales.opportunity.created'> = async (event, manager) => {
  const { opportunityId, customerId, amount, currency, stage, createdAt } = event.data;
  if (stage === 'CLOSED_WON' || stage === 'CLOSED_LOST') return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(OpenOpportunity)
    .values({
      opportunityId,
      customerId: await survivorOf(manager, customerId),
      amount,
      currency,
      openedAt: new Date(createdAt),
    })
    .orIgnore()
    .execute();
};
