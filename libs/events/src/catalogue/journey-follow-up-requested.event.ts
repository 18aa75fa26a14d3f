import type { EventDefinition } from '../event-definition';
import {
  JOURNEY_RUN_EXAMPLE,
  JOURNEY_RUN_PROPERTIES,
  JOURNEY_RUN_REQUIRED,
  type JourneyRunFields,
} from './journey-fields.schema';
import { DATE_TIME } from './schema-fragments';

export interface JourneyFollowUpRequestedPayload extends JourneyRunFields {
  note: string;
  dueAt: string;
}

export const journeyFollowUpRequested: EventDefinition<
  'crm.marketing.journey.follow_up_requested',
  JourneyFollowUpRequestedPayload
> = {
  type: 'crm.marketing.journey.follow_up_requested',
  service: 'marketing',
  aggregate: 'journey',
  version: 1,
  description:
    "A journey asks the customer's owner to follow up: sales turns it into a to-do activity for the owner.",
  aggregateIdField: 'journeyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...JOURNEY_RUN_REQUIRED, 'note', 'dueAt'],
    properties: { ...JOURNEY_RUN_PROPERTIES, note: { type: 'string', minLength: 1 }, dueAt: DATE_TIME },
  },
  example: {
    ...JOURNEY_RUN_EXAMPLE,
    note: 'Call about the renewal offer',
    dueAt: '2026-03-03T09:00:00.000Z',
  },
};
