import { buildEvent, type EventOrigin } from '@crm/events';
import type { Lead } from '../data/lead.entity';

export function leadQualified(lead: Lead, origin: EventOrigin) {
  return buildEvent('crm.sales.lead.qualified', {
    subject: lead.id,
    ...origin,
    data: {
      leadId: lead.id,
      ownerId: lead.ownerId,
      score: lead.score,
      qualifiedAt: lead.updatedAt.toISOString(),
    },
  });
}
