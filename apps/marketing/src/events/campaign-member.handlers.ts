import type { EventHandlers } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { convertLeadMembers } from '../changes/campaign-member.changes';
import { eraseMemberNotes, mergeMemberCustomers } from '../data/campaign-member-customers.repository';

/**
 * What campaign members learn from other services: lead members reaching CONVERTED, and
 * customers' merges and erasures. (Attribution and ROI are analytics': Campaign.performance.)
 * Every handler is an upsert or a re-point: redelivered or reordered events change nothing twice.
 */
export const campaignMemberHandlers: EventHandlers = {
  'crm.sales.lead.converted': async (event, manager) => {
    await convertLeadMembers(scopeOfEvent('marketing', manager, event), event.data.leadId);
  },
  'crm.customer.customer.merged': async (event, manager) => {
    const { customerId, mergedCustomerIds } = event.data;
    await mergeMemberCustomers(manager, customerId, mergedCustomerIds);
  },
  'crm.customer.customer.erased': async (event, manager) => {
    await eraseMemberNotes(manager, event.data.customerId);
  },
};
