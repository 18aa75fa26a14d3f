import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent } from '@crm/events';

/** A valid customer.created event (a type with a real schema, on a real topic) for mechanism tests and benches. */
export function sampleCustomerCreatedEvent(customerId = newId(), name = 'Test customer') {
  return buildEvent('crm.customer.customer.created', {
    subject: customerId,
    actor: 'system',
    correlationId: randomUUID(),
    data: {
      customerId,
      kind: 'COMPANY',
      name,
      email: null,
      phone: null,
      ownerId: null,
      lifecycleStage: 'PROSPECT',
      createdAt: new Date().toISOString(),
    },
  });
}
