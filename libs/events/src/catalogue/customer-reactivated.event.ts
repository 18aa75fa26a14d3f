import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

const CHURN_REASON_CATEGORIES = [
  'PRICE',
  'PRODUCT_FIT',
  'SERVICE',
  'COMPETITOR',
  'NO_LONGER_NEEDED',
  'OTHER',
] as const;

export interface CustomerReactivatedPayload {
  customerId: string;
  /** Why the customer came back, as the user gave it. */
  reason: string;
  /** What the customer had churned for, and when (the history keeps it; the customer no longer does). */
  previousChurnReasonCategory: (typeof CHURN_REASON_CATEGORIES)[number] | null;
  churnedAt: string | null;
  actorId: string;
  reactivatedAt: string;
}

export const customerReactivated: EventDefinition<
  'crm.customer.customer.reactivated',
  CustomerReactivatedPayload
> = {
  type: 'crm.customer.customer.reactivated',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description:
    'A churned customer was won back: its lifecycle stage is CUSTOMER again, its churn fields cleared.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'customerId',
      'reason',
      'previousChurnReasonCategory',
      'churnedAt',
      'actorId',
      'reactivatedAt',
    ],
    properties: {
      customerId: UUID,
      reason: { type: 'string', minLength: 1 },
      previousChurnReasonCategory: {
        anyOf: [{ type: 'string', enum: CHURN_REASON_CATEGORIES }, NULL_SCHEMA],
      },
      churnedAt: { anyOf: [DATE_TIME, NULL_SCHEMA] },
      actorId: { type: 'string', minLength: 1 },
      reactivatedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c90-2222-7000-8000-000000000002',
    reason: 'Signed a new annual plan after the price review',
    previousChurnReasonCategory: 'COMPETITOR',
    churnedAt: '2025-09-01T10:00:00.000Z',
    actorId: '01950c80-0000-7000-8000-00000000a11c',
    reactivatedAt: '2026-01-15T09:00:00.000Z',
  },
};
