import type { EventHandler, EventHandlers } from '@crm/messaging';
import { survivorOf } from '../data/customer-tombstone.repository';
import { OpenOpportunity } from '../data/open-opportunity.entity';

const CLOSED_STAGES: readonly string[] = ['CLOSED_WON', 'CLOSED_LOST'];

/**
 * A won or lost deal leaves the open pipeline; a reopened one comes back with its amount, under
 * its customer's survivor if the customer was merged meanwhile.
 */
const onStageChanged: EventHandler<'crm.sales.opportunity.stage_changed'> = async (event, manager) => {
  const { opportunityId, customerId, toStage, amount, currency, changedAt } = event.data;
  if (CLOSED_STAGES.includes(toStage)) {
    await manager.delete(OpenOpportunity, { opportunityId });
    return;
  }
  await manager
    .createQueryBuilder()
    .insert()
    .into(OpenOpportunity)
    .values({
      opportunityId,
      customerId: await survivorOf(manager, customerId),
      amount,
      currency,
      openedAt: new Date(changedAt),
    })
    .orUpdate(['amount', 'currency'], ['opportunity_id'])
    .execute();
};

/** A new amount or currency of a deal that is still open. */
const onUpdated: EventHandler<'crm.sales.opportunity.updated'> = async (event, manager) => {
  const { opportunityId, amount, currency } = event.data;
  await manager.update(OpenOpportunity, { opportunityId }, { amount, currency });
};

/** Keeps `open_opportunities` (Customer.metrics) in step with the deals' stages and amounts. */
export const openOpportunityHandlers: EventHandlers = {
  'crm.sales.opportunity.stage_changed': onStageChanged,
  'crm.sales.opportunity.updated': onUpdated,
};
