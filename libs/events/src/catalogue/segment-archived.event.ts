import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface SegmentArchivedPayload {
  segmentId: string;
  archivedAt: string;
}

export const segmentArchived: EventDefinition<'crm.marketing.segment.archived', SegmentArchivedPayload> = {
  type: 'crm.marketing.segment.archived',
  service: 'marketing',
  aggregate: 'segment',
  version: 1,
  description:
    'A segment was archived: it keeps the members it had but is no longer kept current, and no member events follow.',
  aggregateIdField: 'segmentId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['segmentId', 'archivedAt'],
    properties: { segmentId: UUID, archivedAt: DATE_TIME },
  },
  example: { segmentId: '01950f00-0000-7000-8000-000000000001', archivedAt: '2026-06-30T17:00:00.000Z' },
};
