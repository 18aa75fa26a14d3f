import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface ReferralRewardedPayload {
  referralId: string;
  referrerCustomerId: string;
  referredCustomerId: string;
  /** The referred customer's first payment, which earned the reward. */
  paymentId: string;
  points: number;
  rewardedAt: string;
}

export const referralRewarded: EventDefinition<'crm.marketing.referral.rewarded', ReferralRewardedPayload> = {
  type: 'crm.marketing.referral.rewarded',
  service: 'marketing',
  aggregate: 'referral',
  version: 1,
  description:
    "The referred customer paid for the first time: the referrer got the programme's referral reward in points, once per referral.",
  aggregateIdField: 'referralId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['referralId', 'referrerCustomerId', 'referredCustomerId', 'paymentId', 'points', 'rewardedAt'],
    properties: {
      referralId: UUID,
      referrerCustomerId: UUID,
      referredCustomerId: UUID,
      paymentId: UUID,
      points: { type: 'integer', minimum: 0 },
      rewardedAt: DATE_TIME,
    },
  },
  example: {
    referralId: '01950d20-0000-7000-8000-000000000001',
    referrerCustomerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    referredCustomerId: '01950c90-2222-7000-8000-000000000002',
    paymentId: '01950c92-6666-7000-8000-000000000006',
    points: 250,
    rewardedAt: '2025-04-20T14:30:00.000Z',
  },
};
