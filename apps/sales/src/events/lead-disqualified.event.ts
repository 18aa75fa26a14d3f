import { buildEvent, type EventOrigin } from '@crm/events';
import type { Lead } from '../data/lead.entity';

export function leadDisqualified(lead: Lead, origin: EventOrigin) {
  return buildEvent('crm.sales.lead.disqualified', {
    subject: lead.id,
    ...origin,
    data: {
      leadId: lead.id,
      ownerId: lead.ownerId,
      reason: lead.disqualificationReason ?? '',
      disqualifiedAt: lead.updatedAt.toISOString(),
    },
  });
}
