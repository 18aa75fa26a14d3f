import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, UUID } from './schema-fragments';

export interface PaymentReceivedPayload {
  paymentId: string;
  orderId: string;
  customerId: string;
  amount: string;
  currency: string;
  /** What is still owed on the order after this payment. */
  outstandingBalance: string;
  receivedAt: string;
}

export const paymentReceived: EventDefinition<'crm.sales.payment.received', PaymentReceivedPayload> = {
  type: 'crm.sales.payment.received',
  service: 'sales',
  aggregate: 'payment',
  version: 1,
  description: 'Money was received against an order (possibly a partial payment). Drives lifecycle and tier.',
  aggregateIdField: 'paymentId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'paymentId',
      'orderId',
      'customerId',
      'amount',
      'currency',
      'outstandingBalance',
      'receivedAt',
    ],
    properties: {
      paymentId: UUID,
      orderId: UUID,
      customerId: UUID,
      amount: AMOUNT,
      currency: CURRENCY,
      outstandingBalance: AMOUNT,
      receivedAt: DATE_TIME,
    },
  },
  example: {
    paymentId: '01950c92-6666-7000-8000-000000000006',
    orderId: '01950c91-5555-7000-8000-000000000005',
    customerId: '01950c90-2222-7000-8000-000000000002',
    amount: '12000.0000',
    currency: 'EUR',
    outstandingBalance: '36000.0000',
    receivedAt: '2025-04-20T14:30:00.000Z',
  },
};
