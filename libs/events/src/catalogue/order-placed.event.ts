import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

/** One line of the order as sales priced it; amounts are exact decimals in the order's currency. */
export interface OrderPlacedLine {
  /** null for a line that names no catalogue product (a contract's value, a free-text line). */
  productId: string | null;
  quantity: number;
  unitPrice: string;
  /** quantity × unitPrice less the line's discount, rounded to the currency's minor units. */
  amount: string;
}

export interface OrderPlacedPayload {
  orderId: string;
  customerId: string;
  opportunityId: string | null;
  contractId: string | null;
  total: string;
  currency: string;
  ownerId: string | null;
  placedAt: string;
  /** The order's lines in their order; absent in events published before lines were added. */
  lines?: OrderPlacedLine[];
}

export const orderPlaced: EventDefinition<'crm.sales.order.placed', OrderPlacedPayload> = {
  type: 'crm.sales.order.placed',
  service: 'sales',
  aggregate: 'order',
  version: 1,
  description:
    'An order was placed, from a won opportunity or a contract, with its lines (product, quantity, unit price, amount).',
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
      // Additive (DESIGN §4): not required, so events published before it stay valid.
      lines: {
        type: 'array',
        nullable: true,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['productId', 'quantity', 'unitPrice', 'amount'],
          properties: {
            productId: NULLABLE_UUID,
            quantity: { type: 'integer', minimum: 1 },
            unitPrice: AMOUNT,
            amount: AMOUNT,
          },
        },
      },
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
    lines: [
      {
        productId: '01950c70-0000-7000-8000-000000000b01',
        quantity: 4,
        unitPrice: '10000.00',
        amount: '38000.00',
      },
      {
        productId: '01950c70-0000-7000-8000-000000000b02',
        quantity: 1,
        unitPrice: '10000.00',
        amount: '10000.00',
      },
    ],
  },
};
