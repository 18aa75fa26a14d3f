import type { EventHandlers } from '@crm/messaging';
import type { SurveySettings } from '../survey-settings';
import { onCustomerErasedForSurveys } from './survey-customer-erased.handler';
import { onCustomerMergedForSurveys } from './survey-customer-merged.handler';
import { onTicketResolved } from './ticket-resolved.handler';

/** What surveys react to: resolved tickets invite (when mail can go out), customers merge and erase. */
export function surveyEventHandlers(settings: SurveySettings): EventHandlers {
  return {
    ...(settings.invitations
      ? { 'crm.service.ticket.resolved': onTicketResolved(settings.invitations) }
      : {}),
    'crm.customer.customer.merged': onCustomerMergedForSurveys,
    'crm.customer.customer.erased': onCustomerErasedForSurveys,
  };
}
