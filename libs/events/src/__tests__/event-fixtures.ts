import { EVENT_CATALOGUE, type CustomerCreatedPayload, type OpportunityCreatedPayload } from '@crm/events';

export const USER_ID = '01950c80-0000-7000-8000-00000000a11c';

export const customer = (): CustomerCreatedPayload => ({
  ...EVENT_CATALOGUE['crm.customer.customer.created'].example,
});

export const opportunity = (): OpportunityCreatedPayload => ({
  ...EVENT_CATALOGUE['crm.sales.opportunity.created'].example,
});
