import { buildEvent, type EventOrigin } from '@crm/events';
import type { NewCustomerRecord } from '../domain/new-customer';

/** customer.created; `referralCode` only when the customer was created with one (the property is optional). */
export function customerCreated(
  customer: NewCustomerRecord,
  origin: EventOrigin,
  referralCode: string | null = null,
) {
  return buildEvent('crm.customer.customer.created', {
    subject: customer.id,
    ...origin,
    data: {
      customerId: customer.id,
      kind: customer.kind,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
      ownerId: customer.ownerId,
      lifecycleStage: customer.lifecycleStage,
      createdAt: customer.createdAt.toISOString(),
      source: customer.source,
      industry: customer.industry,
      region: customer.region,
      birthDate: customer.birthDate,
      ...(referralCode ? { referralCode } : {}),
    },
  });
}
