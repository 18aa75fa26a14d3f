import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import { MEMBER_BATCH, MEMBERSHIP_CAUSES, type MembershipCause } from './segment-fields.schema';

export interface SegmentMemberAddedPayload {
  segmentId: string;
  /** At most MEMBER_BATCH (500) customers per event: a large change is several events. */
  customerIds: string[];
  cause: MembershipCause;
  addedAt: string;
}

export const segmentMemberAdded: EventDefinition<
  'crm.marketing.segment.member_added',
  SegmentMemberAddedPayload
> = {
  type: 'crm.marketing.segment.member_added',
  service: 'marketing',
  aggregate: 'segment',
  version: 1,
  description:
    'Customers joined a segment: they now match its rule, or were put on the list. Listed in batches, keyed by the segment, so a customer’s joins and leaves stay in order.',
  aggregateIdField: 'segmentId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['segmentId', 'customerIds', 'cause', 'addedAt'],
    properties: {
      segmentId: UUID,
      customerIds: { type: 'array', items: UUID, minItems: 1, maxItems: MEMBER_BATCH, uniqueItems: true },
      cause: { type: 'string', enum: MEMBERSHIP_CAUSES },
      addedAt: DATE_TIME,
    },
  },
  example: {
    segmentId: '01950f00-0000-7000-8000-000000000001',
    customerIds: ['01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d'],
    cause: 'PROFILE_CHANGED',
    addedAt: '2026-03-01T09:00:05.000Z',
  },
};
