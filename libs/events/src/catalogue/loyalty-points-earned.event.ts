import type { EventDefinition } from '../event-definition';
import {
  DECIMAL_STRING,
  LOYALTY_EXAMPLE_MEMBER,
  LOYALTY_MEMBER_PROPERTIES,
  POINTS,
  type LoyaltyMemberFields,
} from './loyalty-fields.schema';
import { DATE_TIME, NULLABLE_DATE_TIME, NULLABLE_UUID } from './schema-fragments';

export interface LoyaltyPointsEarnedPayload extends LoyaltyMemberFields {
  points: number;
  /** A payment (paymentId set) or a referral reward (referralId set). */
  source: 'PAYMENT' | 'REFERRAL';
  paymentId: string | null;
  referralId: string | null;
  /** The level multiplier applied ("1" for referral rewards). */
  multiplier: string;
  /** The campaign multiplier of a payment in a campaign's bonus window ("1" otherwise). */
  campaignMultiplier: string;
  balance: number;
  lifetimePoints: number;
  /** When this lot expires unless used; null if the programme's points never expire. */
  expiresAt: string | null;
  earnedAt: string;
}

export const loyaltyPointsEarned: EventDefinition<
  'crm.marketing.loyalty.points_earned',
  LoyaltyPointsEarnedPayload
> = {
  type: 'crm.marketing.loyalty.points_earned',
  service: 'marketing',
  aggregate: 'loyalty',
  version: 1,
  description:
    "A member earned a lot of points: floor(amount × points per unit × level multiplier × campaign multiplier) for a payment in the programme's currency, or a referral reward.",
  aggregateIdField: 'memberId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'memberId',
      'programmeId',
      'customerId',
      'points',
      'source',
      'paymentId',
      'referralId',
      'multiplier',
      'campaignMultiplier',
      'balance',
      'lifetimePoints',
      'expiresAt',
      'earnedAt',
    ],
    properties: {
      ...LOYALTY_MEMBER_PROPERTIES,
      points: POINTS,
      source: { type: 'string', enum: ['PAYMENT', 'REFERRAL'] },
      paymentId: NULLABLE_UUID,
      referralId: NULLABLE_UUID,
      multiplier: DECIMAL_STRING,
      campaignMultiplier: DECIMAL_STRING,
      balance: POINTS,
      lifetimePoints: POINTS,
      expiresAt: NULLABLE_DATE_TIME,
      earnedAt: DATE_TIME,
    },
  },
  example: {
    ...LOYALTY_EXAMPLE_MEMBER,
    points: 180,
    source: 'PAYMENT',
    paymentId: '01950c92-6666-7000-8000-000000000006',
    referralId: null,
    multiplier: '1.5',
    campaignMultiplier: '1',
    balance: 1380,
    lifetimePoints: 1600,
    expiresAt: '2026-04-20T14:30:00.000Z',
    earnedAt: '2025-04-20T14:30:00.000Z',
  },
};
