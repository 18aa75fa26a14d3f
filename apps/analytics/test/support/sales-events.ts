import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent, type AnyCloudEvent } from '@crm/events';

const origin = () => ({ actor: 'system', correlationId: randomUUID() });

/**
 * A payment as sales publishes it, received at a chosen time: purchases months ago cannot be made
 * through the API today, so the tests publish them as sales' outbox relay would.
 */
export function paymentReceived(
  customerId: string,
  amount: string,
  receivedAt: Date,
  currency = 'EUR',
): AnyCloudEvent {
  const paymentId = newId();
  return buildEvent('crm.sales.payment.received', {
    subject: paymentId,
    ...origin(),
    data: {
      paymentId,
      orderId: newId(),
      customerId,
      amount,
      currency,
      outstandingBalance: '0',
      receivedAt: receivedAt.toISOString(),
    },
  });
}

export function leadConverted(leadId: string, customerId: string, convertedAt: Date): AnyCloudEvent {
  return buildEvent('crm.sales.lead.converted', {
    subject: leadId,
    ...origin(),
    data: {
      leadId,
      customerId,
      customerKind: 'PERSON',
      customerName: 'Attributed customer',
      email: null,
      phone: null,
      industry: null,
      region: null,
      source: 'CAMPAIGN',
      ownerId: null,
      contact: null,
      opportunityId: null,
      convertedAt: convertedAt.toISOString(),
    },
  });
}
