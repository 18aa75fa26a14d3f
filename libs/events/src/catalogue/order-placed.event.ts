import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OrderPlacedPayload {
  orderId: string;
  customerId: string;
  opportunityId: string | null;
  contractId: string | null;
  total: string;
  currency: string;
  ownerId: string | null;
  placedAt: string;
}

export const orderPlaced: EventDefinition<'crm.sales.order.placed', OrderPlacedPayload> = {
  type: 'crm.sales.order.placed',
  service: 'sales',
  aggregate: 'order',
  version: 1,
  description: 'An order was placed, from a won opportunity or a contract.',
  aggregateIdField: 'orderId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'orderId',
      'customerId',
      'opportunityId',
      'contractId',
      'total',
      'currency',
      'ownerId',
      'placedAt',
    ],
    properties: {
      orderId: UUID,
      customerId: UUID,
      opportunityId: NULLABLE_UUID,
      contractId: NULLABLE_UUID,
      total: AMOUNT,
      currency: CURRENCY,
      ownerId: NULLABLE_UUID,
      placedAt: DATE_TIME,
    },
  },
  example: {
    orderId: '01950c91-5555-7000-8000-000000000005',
    customerId: '01950c90-2222-7000-8000-000000000002',
    opportunityId: '01950c90-4444-7000-8000-000000000004',
    contractId: null,
    total: '48000.0000',
    currency: 'EUR',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    placedAt: '2025-04-02T09:00:00.000Z',
  },
};
