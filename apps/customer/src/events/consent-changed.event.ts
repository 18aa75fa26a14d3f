import { buildEvent } from '@crm/events';
import type { RequestContext } from '@crm/subgraph-kit';
import type { CustomerConsent } from '../data/customer-consent.entity';

export function consentChanged(consent: CustomerConsent, source: string, context: RequestContext) {
  return buildEvent('crm.customer.customer.consent_changed', {
    subject: consent.customerId,
    actor: context.caller.userId,
    correlationId: context.correlationId,
    data: {
      customerId: consent.customerId,
      channel: consent.channel,
      granted: consent.granted,
      source,
      changedBy: consent.changedBy,
      changedAt: consent.changedAt.toISOString(),
    },
  });
}
