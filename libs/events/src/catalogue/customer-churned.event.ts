import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_STRING, UUID } from './schema-fragments';

const CHURN_REASON_CATEGORIES = [
  'PRICE',
  'PRODUCT_FIT',
  'SERVICE',
  'COMPETITOR',
  'NO_LONGER_NEEDED',
  'OTHER',
] as const;
const STAGES = ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;

export interface CustomerChurnedPayload {
  customerId: string;
  reasonCategory: (typeof CHURN_REASON_CATEGORIES)[number];
  note: string | null;
  /** The lifecycle stage the customer left. */
  previousStage: (typeof STAGES)[number];
  actorId: string;
  churnedAt: string;
}

export const customerChurned: EventDefinition<'crm.customer.customer.churned', CustomerChurnedPayload> = {
  type: 'crm.customer.customer.churned',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description: 'A customer was marked churned, with a reason category; its lifecycle stage is now CHURNED.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'reasonCategory', 'note', 'previousStage', 'actorId', 'churnedAt'],
    properties: {
      customerId: UUID,
      reasonCategory: { type: 'string', enum: CHURN_REASON_CATEGORIES },
      note: NULLABLE_STRING,
      previousStage: { type: 'string', enum: STAGES },
      actorId: { type: 'string', minLength: 1 },
      churnedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c90-2222-7000-8000-000000000002',
    reasonCategory: 'COMPETITOR',
    note: 'Moved to a cheaper vendor',
    previousStage: 'AT_RISK',
    actorId: '01950c80-0000-7000-8000-00000000a11c',
    churnedAt: '2025-09-01T10:00:00.000Z',
  },
};
