import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { scheduleJourneyFollowUp } from '../changes/activity.changes';

/** A marketing journey's FOLLOW_UP step: a to-do for the customer's owner. */
export const onJourneyFollowUpRequested: EventHandler<'crm.marketing.journey.follow_up_requested'> = async (
  event,
  manager,
) => {
  await scheduleJourneyFollowUp(scopeOfEvent('sales', manager, event), {
    customerId: event.data.customerId,
    note: event.data.note,
    dueAt: new Date(event.data.dueAt),
  });
};
