import type { EventHandlers } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { convertLeadMembers } from '../changes/campaign-member.changes';
import {
  mergeAttributedCustomers,
  recordCustomerPayment,
  recordLeadConversion,
  recordLeadSource,
} from '../data/campaign-attribution.repository';
import { eraseMemberNotes, mergeMemberCustomers } from '../data/campaign-member-customers.repository';

/**
 * What campaigns learn from other services: leads attributed through their source campaign, the
 * customers they became and what those pay (for ROI), lead members reaching CONVERTED, and
 * customers' merges and erasures for the members. Every handler is an upsert or a re-point: redelivered or reordered events change nothing twice.
 */
export const campaignAttributionHandlers: EventHandlers = {
  'crm.sales.lead.created': async (event, manager) => {
    const { leadId, sourceCampaignId, createdAt } = event.data;
    if (sourceCampaignId)
      await recordLeadSource(manager, { leadId, campaignId: sourceCampaignId, createdAt });
  },
  'crm.sales.lead.converted': async (event, manager) => {
    const { leadId, customerId, convertedAt } = event.data;
    await recordLeadConversion(manager, { leadId, customerId, convertedAt });
    await convertLeadMembers(scopeOfEvent('marketing', manager, event), leadId);
  },
  'crm.sales.payment.received': async (event, manager) => {
    await recordCustomerPayment(manager, event.data);
  },
  'crm.customer.customer.merged': async (event, manager) => {
    const { customerId, mergedCustomerIds } = event.data;
    await mergeAttributedCustomers(manager, customerId, mergedCustomerIds);
    await mergeMemberCustomers(manager, customerId, mergedCustomerIds);
  },
  'crm.customer.customer.erased': async (event, manager) => {
    await eraseMemberNotes(manager, event.data.customerId);
  },
};
