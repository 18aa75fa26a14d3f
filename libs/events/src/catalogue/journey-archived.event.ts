import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface JourneyArchivedPayload {
  journeyId: string;
  archivedAt: string;
}

export const journeyArchived: EventDefinition<'crm.marketing.journey.archived', JourneyArchivedPayload> = {
  type: 'crm.marketing.journey.archived',
  service: 'marketing',
  aggregate: 'journey',
  version: 1,
  description:
    'An automation journey was archived: nobody enters it, running customers leave at their next step.',
  aggregateIdField: 'journeyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['journeyId', 'archivedAt'],
    properties: { journeyId: UUID, archivedAt: DATE_TIME },
  },
  example: { journeyId: '01950f00-0000-7000-8000-000000000001', archivedAt: '2026-03-09T09:00:00.000Z' },
};
