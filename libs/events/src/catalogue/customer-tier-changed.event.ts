import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

const TIERS = ['A', 'B', 'C', 'D'] as const;
type Tier = (typeof TIERS)[number];
const NULLABLE_TIER = { anyOf: [{ type: 'string', enum: TIERS }, NULL_SCHEMA] } as const;

export interface CustomerTierChangedPayload {
  customerId: string;
  /** null: the customer had no tier yet. */
  from: Tier | null;
  /** null: the customer meets no tier any more. */
  to: Tier | null;
  reason: string;
  source: 'EVENT' | 'MANUAL';
  actorId: string;
  causingEventId: string | null;
  /** The figures evaluated: revenue (reporting currency only) and distinct orders in the window. */
  revenue: string;
  currency: string;
  orderCount: number;
  changedAt: string;
}

export const customerTierChanged: EventDefinition<
  'crm.customer.customer.tier_changed',
  CustomerTierChangedPayload
> = {
  type: 'crm.customer.customer.tier_changed',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description:
    'A customer changed tier (客户分级 A/B/C/D) after its value was re-evaluated, with the revenue and order count behind it.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'customerId',
      'from',
      'to',
      'reason',
      'source',
      'actorId',
      'causingEventId',
      'revenue',
      'currency',
      'orderCount',
      'changedAt',
    ],
    properties: {
      customerId: UUID,
      from: NULLABLE_TIER,
      to: NULLABLE_TIER,
      reason: { type: 'string', minLength: 1 },
      source: { type: 'string', enum: ['EVENT', 'MANUAL'] },
      actorId: { type: 'string', minLength: 1, description: 'A user id, or "system".' },
      causingEventId: NULLABLE_UUID,
      revenue: AMOUNT,
      currency: CURRENCY,
      orderCount: { type: 'integer', minimum: 0 },
      changedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c90-2222-7000-8000-000000000002',
    from: 'D',
    to: 'C',
    reason: '12000 EUR and 1 orders in 12 months meet tier C',
    source: 'EVENT',
    actorId: '01950c80-0000-7000-8000-00000000a11c',
    causingEventId: '01950c92-7777-7000-8000-000000000007',
    revenue: '12000',
    currency: 'EUR',
    orderCount: 1,
    changedAt: '2025-04-20T14:30:01.000Z',
  },
};
