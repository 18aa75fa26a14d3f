import { buildEvent } from '@crm/events';
import type { Customer } from '../data/customer.entity';

export function customerCreated(customer: Customer, actor: string, correlationId: string) {
  return buildEvent('crm.customer.customer.created', {
    subject: customer.id,
    actor,
    correlationId,
    data: {
      customerId: customer.id,
      kind: customer.kind,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
      ownerId: customer.ownerId,
      lifecycleStage: customer.lifecycleStage,
      createdAt: customer.createdAt.toISOString(),
    },
  });
}
