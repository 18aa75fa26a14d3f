import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CustomerErasedPayload {
  customerId: string;
  erasedAt: string;
}

export const customerErased: EventDefinition<'crm.customer.customer.erased', CustomerErasedPayload> = {
  type: 'crm.customer.customer.erased',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description:
    "The customer's personal data was erased (GDPR Art. 17). Every domain anonymises its copies; ids and amounts stay.",
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'erasedAt'],
    properties: { customerId: UUID, erasedAt: DATE_TIME },
  },
  example: { customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d', erasedAt: '2025-06-01T00:00:00.000Z' },
};
