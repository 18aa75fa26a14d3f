import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface JourneyPublishedPayload {
  journeyId: string;
  name: string;
  version: number;
  /** What starts it: an event type, or `segment:<id>` for entering a segment. */
  trigger: string;
  stepCount: number;
  publishedAt: string;
}

export const journeyPublished: EventDefinition<'crm.marketing.journey.published', JourneyPublishedPayload> = {
  type: 'crm.marketing.journey.published',
  service: 'marketing',
  aggregate: 'journey',
  version: 1,
  description:
    'A version of an automation journey went live: new customers enter it; customers already running finish on their version.',
  aggregateIdField: 'journeyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['journeyId', 'name', 'version', 'trigger', 'stepCount', 'publishedAt'],
    properties: {
      journeyId: UUID,
      name: { type: 'string', minLength: 1 },
      version: { type: 'integer', minimum: 1 },
      trigger: { type: 'string', minLength: 1 },
      stepCount: { type: 'integer', minimum: 1 },
      publishedAt: DATE_TIME,
    },
  },
  example: {
    journeyId: '01950f00-0000-7000-8000-000000000001',
    name: 'Welcome series',
    version: 1,
    trigger: 'crm.customer.customer.created',
    stepCount: 4,
    publishedAt: '2026-03-01T09:00:00.000Z',
  },
};
