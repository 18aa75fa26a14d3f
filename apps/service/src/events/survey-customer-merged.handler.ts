import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { moveSurveyAnswersToSurvivor } from '../changes/survey-customer.changes';
import { survivorOf } from '../data/known-customer.repository';

/**
 * Survey invitations and responses follow a merge to the survivor. Runs after the ticket handler
 * of the same event (combineHandlers keeps the order), which has recorded the merge in known_customers.
 */
export const onCustomerMergedForSurveys: EventHandler<'crm.customer.customer.merged'> = async (
  event,
  manager,
) => {
  const survivorId = await survivorOf(manager, event.data.customerId);
  await moveSurveyAnswersToSurvivor(
    scopeOfEvent('service', manager, event),
    survivorId,
    new Date(event.data.mergedAt),
  );
};
