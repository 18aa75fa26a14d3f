import type { EventDefinition } from '../event-definition';
import {
  JOURNEY_RUN_EXAMPLE,
  JOURNEY_RUN_PROPERTIES,
  JOURNEY_RUN_REQUIRED,
  type JourneyRunFields,
} from './journey-fields.schema';

export interface JourneyEnteredPayload extends JourneyRunFields {
  trigger: string;
}

export const journeyEntered: EventDefinition<'crm.marketing.journey.entered', JourneyEnteredPayload> = {
  type: 'crm.marketing.journey.entered',
  service: 'marketing',
  aggregate: 'journey',
  version: 1,
  description:
    "A customer entered an automation journey (its trigger fired); they run on the journey's current version.",
  aggregateIdField: 'journeyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...JOURNEY_RUN_REQUIRED, 'trigger'],
    properties: { ...JOURNEY_RUN_PROPERTIES, trigger: { type: 'string' } },
  },
  example: { ...JOURNEY_RUN_EXAMPLE, trigger: 'crm.customer.customer.created' },
};
