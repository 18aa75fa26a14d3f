import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { eraseSurveyTextOf } from '../changes/survey-customer.changes';

/** An erased customer's free-text answers go; their unanswered invitations stop working. */
export const onCustomerErasedForSurveys: EventHandler<'crm.customer.customer.erased'> = async (
  event,
  manager,
) => {
  await eraseSurveyTextOf(
    scopeOfEvent('service', manager, event),
    event.data.customerId,
    new Date(event.data.erasedAt),
  );
};
