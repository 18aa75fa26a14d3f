import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export const REFERRAL_REFUSALS = ['SELF_REFERRAL', 'SAME_EMAIL', 'SAME_PHONE'] as const;
export type ReferralRefusal = (typeof REFERRAL_REFUSALS)[number];

export interface ReferralRecordedPayload {
  referralId: string;
  referrerCustomerId: string;
  /** Null while the referral is a lead's that has not been converted yet. */
  referredCustomerId: string | null;
  referredLeadId: string | null;
  status: 'RECORDED' | 'REFUSED';
  refusal: ReferralRefusal | null;
  recordedAt: string;
}

export const referralRecorded: EventDefinition<'crm.marketing.referral.recorded', ReferralRecordedPayload> = {
  type: 'crm.marketing.referral.recorded',
  service: 'marketing',
  aggregate: 'referral',
  version: 1,
  description:
    "A lead or customer was created with a member's referral code. Refused (no reward) for a self-referral or the referrer's email or phone; published again when a referred lead is converted, with the customer and the verdict on it.",
  aggregateIdField: 'referralId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'referralId',
      'referrerCustomerId',
      'referredCustomerId',
      'referredLeadId',
      'status',
      'refusal',
      'recordedAt',
    ],
    properties: {
      referralId: UUID,
      referrerCustomerId: UUID,
      referredCustomerId: NULLABLE_UUID,
      referredLeadId: NULLABLE_UUID,
      status: { type: 'string', enum: ['RECORDED', 'REFUSED'] },
      refusal: { anyOf: [{ type: 'string', enum: REFERRAL_REFUSALS }, NULL_SCHEMA] },
      recordedAt: DATE_TIME,
    },
  },
  example: {
    referralId: '01950d20-0000-7000-8000-000000000001',
    referrerCustomerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    referredCustomerId: '01950c90-2222-7000-8000-000000000002',
    referredLeadId: null,
    status: 'RECORDED',
    refusal: null,
    recordedAt: '2025-04-01T10:00:00.000Z',
  },
};
