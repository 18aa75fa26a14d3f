import type { EventDefinition } from '../event-definition';
import {
  LOYALTY_EXAMPLE_MEMBER,
  LOYALTY_MEMBER_PROPERTIES,
  type LoyaltyMemberFields,
} from './loyalty-fields.schema';
import { DATE_TIME, NULLABLE_STRING } from './schema-fragments';

export interface LoyaltyMemberEnrolledPayload extends LoyaltyMemberFields {
  /** The level the member starts at (the programme's lowest reached with no points), or null. */
  level: string | null;
  /** True when the first payment enrolled the customer (the programme's autoEnroll). */
  automatic: boolean;
  enrolledAt: string;
}

export const loyaltyMemberEnrolled: EventDefinition<
  'crm.marketing.loyalty.member_enrolled',
  LoyaltyMemberEnrolledPayload
> = {
  type: 'crm.marketing.loyalty.member_enrolled',
  service: 'marketing',
  aggregate: 'loyalty',
  version: 1,
  description: 'A customer joined a loyalty programme, by hand or automatically on their first payment.',
  aggregateIdField: 'memberId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['memberId', 'programmeId', 'customerId', 'level', 'automatic', 'enrolledAt'],
    properties: {
      ...LOYALTY_MEMBER_PROPERTIES,
      level: NULLABLE_STRING,
      automatic: { type: 'boolean' },
      enrolledAt: DATE_TIME,
    },
  },
  example: {
    ...LOYALTY_EXAMPLE_MEMBER,
    level: 'Silver',
    automatic: false,
    enrolledAt: '2025-03-02T10:00:00.000Z',
  },
};
