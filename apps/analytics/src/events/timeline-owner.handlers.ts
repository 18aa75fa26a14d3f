import type { EventHandler, EventHandlers } from '@crm/messaging';
import { handOverDealEntries } from '../data/timeline-entry.repository';

/**
 * A deal handed to another rep takes its timeline entries along, so record scope follows the
 * deal. Events of one deal share its partition, so they arrive in order.
 */
const onOpportunityUpdated: EventHandler<'crm.sales.opportunity.updated'> = async (event, manager) => {
  await handOverDealEntries(manager, event.data.opportunityId, event.data.ownerId);
};

export const timelineOwnerHandlers: EventHandlers = {
  'crm.sales.opportunity.updated': onOpportunityUpdated,
};
