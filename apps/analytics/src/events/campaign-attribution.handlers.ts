import type { EventHandlers } from '@crm/messaging';
import { currentCustomerOf } from '../data/customer-fact.repository';
import {
  recordCampaignCost,
  recordLeadConversion,
  recordLeadSource,
} from '../data/campaign-attribution.repository';

/**
 * What campaign ROI learns from sales and marketing: leads with their source campaign, the
 * customers they became (filed under the customer as it is now, after merges), and campaign
 * costs. Payments are kept by the score handlers; merges re-point leads there too.
 */
export const campaignAttributionHandlers: EventHandlers = {
  'crm.sales.lead.created': async (event, manager) => {
    const { leadId, sourceCampaignId, createdAt } = event.data;
    if (sourceCampaignId)
      await recordLeadSource(manager, { leadId, campaignId: sourceCampaignId, createdAt });
  },
  'crm.sales.lead.converted': async (event, manager) => {
    const { leadId, convertedAt } = event.data;
    const { customerId } = await currentCustomerOf(manager, event.data.customerId);
    await recordLeadConversion(manager, { leadId, customerId, convertedAt });
  },
  'crm.marketing.campaign.cost_recorded': (event, manager) => recordCampaignCost(manager, event.data),
};
