import type { EventDefinition } from '../event-definition';
import {
  LOYALTY_EXAMPLE_MEMBER,
  LOYALTY_MEMBER_PROPERTIES,
  POINTS,
  type LoyaltyMemberFields,
} from './loyalty-fields.schema';
import { DATE_TIME } from './schema-fragments';

export interface LoyaltyPointsExpiredPayload extends LoyaltyMemberFields {
  /** The unused points of every lot that expired in this run. */
  points: number;
  balance: number;
  expiredAt: string;
}

export const loyaltyPointsExpired: EventDefinition<
  'crm.marketing.loyalty.points_expired',
  LoyaltyPointsExpiredPayload
> = {
  type: 'crm.marketing.loyalty.points_expired',
  service: 'marketing',
  aggregate: 'loyalty',
  version: 1,
  description:
    "Earned lots passed their expiry date with points unused (the daily expiry job); their rest left the member's balance.",
  aggregateIdField: 'memberId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['memberId', 'programmeId', 'customerId', 'points', 'balance', 'expiredAt'],
    properties: {
      ...LOYALTY_MEMBER_PROPERTIES,
      points: { type: 'integer', minimum: 1 },
      balance: POINTS,
      expiredAt: DATE_TIME,
    },
  },
  example: { ...LOYALTY_EXAMPLE_MEMBER, points: 120, balance: 760, expiredAt: '2026-04-21T02:00:00.000Z' },
};
