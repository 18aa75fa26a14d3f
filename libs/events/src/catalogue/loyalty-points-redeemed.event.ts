import type { EventDefinition } from '../event-definition';
import {
  LOYALTY_EXAMPLE_MEMBER,
  LOYALTY_MEMBER_PROPERTIES,
  POINTS,
  type LoyaltyMemberFields,
} from './loyalty-fields.schema';
import { DATE_TIME } from './schema-fragments';

export interface LoyaltyPointsRedeemedPayload extends LoyaltyMemberFields {
  points: number;
  reason: string;
  balance: number;
  redeemedAt: string;
}

export const loyaltyPointsRedeemed: EventDefinition<
  'crm.marketing.loyalty.points_redeemed',
  LoyaltyPointsRedeemedPayload
> = {
  type: 'crm.marketing.loyalty.points_redeemed',
  service: 'marketing',
  aggregate: 'loyalty',
  version: 1,
  description: 'A member redeemed points (never more than the balance), used from the oldest lots first.',
  aggregateIdField: 'memberId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['memberId', 'programmeId', 'customerId', 'points', 'reason', 'balance', 'redeemedAt'],
    properties: {
      ...LOYALTY_MEMBER_PROPERTIES,
      points: { type: 'integer', minimum: 1 },
      reason: { type: 'string', minLength: 1, maxLength: 200 },
      balance: POINTS,
      redeemedAt: DATE_TIME,
    },
  },
  example: {
    ...LOYALTY_EXAMPLE_MEMBER,
    points: 500,
    reason: 'Voucher for the spring collection',
    balance: 880,
    redeemedAt: '2025-05-01T09:00:00.000Z',
  },
};
