import type { EventDefinition } from '../event-definition';
import {
  DECIMAL_STRING,
  LOYALTY_EXAMPLE_MEMBER,
  LOYALTY_MEMBER_PROPERTIES,
  type LoyaltyMemberFields,
} from './loyalty-fields.schema';
import { DATE_TIME, NULLABLE_STRING } from './schema-fragments';

export interface LoyaltyLevelChangedPayload extends LoyaltyMemberFields {
  previousLevel: string | null;
  /** Null when the member reaches no level (below the lowest threshold). */
  level: string | null;
  /** The default discount on the member's new quotes ("0" without a level); sales applies it. */
  quoteDiscountPercent: string;
  changedAt: string;
}

export const loyaltyLevelChanged: EventDefinition<
  'crm.marketing.loyalty.level_changed',
  LoyaltyLevelChangedPayload
> = {
  type: 'crm.marketing.loyalty.level_changed',
  service: 'marketing',
  aggregate: 'loyalty',
  version: 1,
  description:
    "A member's level changed (points earned, redeemed or expired; on enrolment at a level), or the membership passed to a merge's survivor. Sales applies quoteDiscountPercent to the customer's new quotes.",
  aggregateIdField: 'memberId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'memberId',
      'programmeId',
      'customerId',
      'previousLevel',
      'level',
      'quoteDiscountPercent',
      'changedAt',
    ],
    properties: {
      ...LOYALTY_MEMBER_PROPERTIES,
      previousLevel: NULLABLE_STRING,
      level: NULLABLE_STRING,
      quoteDiscountPercent: DECIMAL_STRING,
      changedAt: DATE_TIME,
    },
  },
  example: {
    ...LOYALTY_EXAMPLE_MEMBER,
    previousLevel: 'Silver',
    level: 'Gold',
    quoteDiscountPercent: '5',
    changedAt: '2025-04-20T14:30:00.000Z',
  },
};
