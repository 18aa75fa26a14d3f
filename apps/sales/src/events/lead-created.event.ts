import { buildEvent, type EventOrigin } from '@crm/events';
import type { Lead } from '../data/lead.entity';

/** lead.created; `referralCode` only when the lead was created with one (the property is optional). */
export function leadCreated(lead: Lead, origin: EventOrigin, referralCode: string | null = null) {
  return buildEvent('crm.sales.lead.created', {
    subject: lead.id,
    ...origin,
    data: {
      leadId: lead.id,
      firstName: lead.firstName,
      lastName: lead.lastName,
      companyName: lead.companyName,
      industry: lead.industry,
      region: lead.region,
      source: lead.source,
      sourceCampaignId: lead.sourceCampaignId,
      ownerId: lead.ownerId,
      score: lead.score,
      createdAt: lead.createdAt.toISOString(),
      ...(referralCode ? { referralCode } : {}),
    },
  });
}
