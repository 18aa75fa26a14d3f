import { buildEvent, type EventOrigin } from '@crm/events';
import type { CustomerConsent } from '../data/customer-consent.entity';

export function consentChanged(consent: CustomerConsent, source: string, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.consent_changed', {
    subject: consent.customerId,
    ...origin,
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
