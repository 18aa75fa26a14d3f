import { NULL_SCHEMA } from '../event-definition';

export const SEGMENT_KINDS = ['DYNAMIC', 'STATIC'] as const;

/** A segment's rule tree as the graph's SegmentRule scalar shows it: groups and conditions. */
export type SegmentRuleJson = { [key: string]: unknown };

export const NULLABLE_SEGMENT_RULE = {
  anyOf: [
    {
      type: 'object',
      required: [],
      description:
        'AND/OR group { combinator, conditions } or condition { field, operator, value | values, currency }.',
    },
    NULL_SCHEMA,
  ],
} as const;

/** Why members joined or left: a rule evaluated, a profile changed, a list edited, a customer merged. */
export const MEMBERSHIP_CAUSES = [
  'SEGMENT_EVALUATED',
  'PROFILE_CHANGED',
  'LIST_EDITED',
  'CUSTOMER_MERGED',
] as const;
export type MembershipCause = (typeof MEMBERSHIP_CAUSES)[number];

/** Member events list customers in batches of at most this many (one event per batch). */
export const MEMBER_BATCH = 500;
