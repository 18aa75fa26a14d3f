import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import { NULLABLE_SEGMENT_RULE, SEGMENT_KINDS, type SegmentRuleJson } from './segment-fields.schema';

export interface SegmentCreatedPayload {
  segmentId: string;
  name: string;
  kind: (typeof SEGMENT_KINDS)[number];
  /** The rule of a DYNAMIC segment; null for a STATIC list. */
  rule: SegmentRuleJson | null;
  createdAt: string;
}

export const segmentCreated: EventDefinition<'crm.marketing.segment.created', SegmentCreatedPayload> = {
  type: 'crm.marketing.segment.created',
  service: 'marketing',
  aggregate: 'segment',
  version: 1,
  description:
    'A customer segment was created: a DYNAMIC one with its rule (its members follow as member_added), or an empty STATIC list.',
  aggregateIdField: 'segmentId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['segmentId', 'name', 'kind', 'rule', 'createdAt'],
    properties: {
      segmentId: UUID,
      name: { type: 'string', minLength: 1, maxLength: 200 },
      kind: { type: 'string', enum: SEGMENT_KINDS },
      rule: NULLABLE_SEGMENT_RULE,
      createdAt: DATE_TIME,
    },
  },
  example: {
    segmentId: '01950f00-0000-7000-8000-000000000001',
    name: 'Tier A in EMEA who consent to email',
    kind: 'DYNAMIC',
    rule: {
      combinator: 'AND',
      conditions: [
        { field: 'tier', operator: 'eq', value: 'A' },
        { field: 'region', operator: 'eq', value: 'EMEA' },
        { field: 'emailConsent', operator: 'eq', value: true },
      ],
    },
    createdAt: '2026-03-01T09:00:00.000Z',
  },
};
