import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CustomerMergedPayload {
  /** The customer that remains; its id is the subject. */
  customerId: string;
  /** Customers folded into it: every domain re-points their references to `customerId`. */
  mergedCustomerIds: string[];
  mergedAt: string;
}

export const customerMerged: EventDefinition<'crm.customer.customer.merged', CustomerMergedPayload> = {
  type: 'crm.customer.customer.merged',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description:
    'Duplicates were merged into a survivor. Consumers re-point every reference from mergedCustomerIds to customerId.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'mergedCustomerIds', 'mergedAt'],
    properties: {
      customerId: UUID,
      mergedCustomerIds: { type: 'array', items: UUID, minItems: 1, uniqueItems: true },
      mergedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    mergedCustomerIds: ['01950c8a-4000-7a2b-8c4d-5e6f7a8b9c0e'],
    mergedAt: '2025-05-01T12:00:00.000Z',
  },
};
