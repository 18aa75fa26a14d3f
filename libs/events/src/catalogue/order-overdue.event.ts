import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface OrderOverduePayload {
  orderId: string;
  customerId: string;
  ownerId: string | null;
  /** The last day payment was on time. */
  dueDate: string;
  total: string;
  paidAmount: string;
  outstandingBalance: string;
  currency: string;
  /** When the scheduler found the order overdue. */
  overdueAt: string;
}

export const orderOverdue: EventDefinition<'crm.sales.order.overdue', OrderOverduePayload> = {
  type: 'crm.sales.order.overdue',
  service: 'sales',
  aggregate: 'order',
  version: 1,
  description: 'An order still had a balance to pay after its due date (published once per order).',
  aggregateIdField: 'orderId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'orderId',
      'customerId',
      'ownerId',
      'dueDate',
      'total',
      'paidAmount',
      'outstandingBalance',
      'currency',
      'overdueAt',
    ],
    properties: {
      orderId: UUID,
      customerId: UUID,
      ownerId: NULLABLE_UUID,
      dueDate: { type: 'string', format: 'date' },
      total: AMOUNT,
      paidAmount: AMOUNT,
      outstandingBalance: AMOUNT,
      currency: CURRENCY,
      overdueAt: DATE_TIME,
    },
  },
  example: {
    orderId: '01950c91-5555-7000-8000-000000000005',
    customerId: '01950c90-2222-7000-8000-000000000002',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    dueDate: '2025-05-02',
    total: '48000.0000',
    paidAmount: '20000.0000',
    outstandingBalance: '28000',
    currency: 'EUR',
    overdueAt: '2025-05-03T00:00:05.000Z',
  },
};
