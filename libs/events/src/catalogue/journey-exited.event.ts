import type { EventDefinition } from '../event-definition';
import {
  JOURNEY_RUN_EXAMPLE,
  JOURNEY_RUN_PROPERTIES,
  JOURNEY_RUN_REQUIRED,
  type JourneyRunFields,
} from './journey-fields.schema';

export interface JourneyExitedPayload extends JourneyRunFields {
  reason: 'COMPLETED' | 'EXIT_STEP' | 'JOURNEY_ARCHIVED' | 'CUSTOMER_ERASED' | 'CUSTOMER_MERGED';
}

export const journeyExited: EventDefinition<'crm.marketing.journey.exited', JourneyExitedPayload> = {
  type: 'crm.marketing.journey.exited',
  service: 'marketing',
  aggregate: 'journey',
  version: 1,
  description:
    'A customer left an automation journey: at its end, at an EXIT step, or because the journey was archived.',
  aggregateIdField: 'journeyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...JOURNEY_RUN_REQUIRED, 'reason'],
    properties: {
      ...JOURNEY_RUN_PROPERTIES,
      reason: {
        type: 'string',
        enum: ['COMPLETED', 'EXIT_STEP', 'JOURNEY_ARCHIVED', 'CUSTOMER_ERASED', 'CUSTOMER_MERGED'],
      },
    },
  },
  example: { ...JOURNEY_RUN_EXAMPLE, reason: 'COMPLETED' },
};
