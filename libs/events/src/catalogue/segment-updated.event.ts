import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import { NULLABLE_SEGMENT_RULE, type SegmentRuleJson } from './segment-fields.schema';

export interface SegmentUpdatedPayload {
  segmentId: string;
  /** Which of name, description, rule changed. */
  changedFields: string[];
  name: string;
  /** The rule after the change (a new rule re-evaluates the members); null for a STATIC list. */
  rule: SegmentRuleJson | null;
  version: number;
  updatedAt: string;
}

export const segmentUpdated: EventDefinition<'crm.marketing.segment.updated', SegmentUpdatedPayload> = {
  type: 'crm.marketing.segment.updated',
  service: 'marketing',
  aggregate: 'segment',
  version: 1,
  description:
    'A segment was renamed, described or given a new rule; after a new rule its membership changes follow as member_added / member_removed.',
  aggregateIdField: 'segmentId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['segmentId', 'changedFields', 'name', 'rule', 'version', 'updatedAt'],
    properties: {
      segmentId: UUID,
      changedFields: { type: 'array', items: { type: 'string' }, minItems: 1 },
      name: { type: 'string', minLength: 1, maxLength: 200 },
      rule: NULLABLE_SEGMENT_RULE,
      version: { type: 'integer', minimum: 1 },
      updatedAt: DATE_TIME,
    },
  },
  example: {
    segmentId: '01950f00-0000-7000-8000-000000000001',
    changedFields: ['rule'],
    name: 'At risk, no order in 90 days',
    rule: {
      combinator: 'AND',
      conditions: [
        { field: 'lifecycle', operator: 'eq', value: 'AT_RISK' },
        { field: 'lastOrderAt', operator: 'olderThanDays', value: 90 },
      ],
    },
    version: 2,
    updatedAt: '2026-03-02T09:00:00.000Z',
  },
};
