import type { EventDefinition } from '../event-definition';
import {
  JOURNEY_RUN_EXAMPLE,
  JOURNEY_RUN_PROPERTIES,
  JOURNEY_RUN_REQUIRED,
  type JourneyRunFields,
} from './journey-fields.schema';

export interface JourneyStepCompletedPayload extends JourneyRunFields {
  stepId: string;
  stepKind: 'SEND' | 'WAIT' | 'BRANCH' | 'ADD_TO_LIST' | 'REMOVE_FROM_LIST' | 'FOLLOW_UP' | 'EXIT';
  outcome: string;
}

export const journeyStepCompleted: EventDefinition<
  'crm.marketing.journey.step_completed',
  JourneyStepCompletedPayload
> = {
  type: 'crm.marketing.journey.step_completed',
  service: 'marketing',
  aggregate: 'journey',
  version: 1,
  description:
    'A customer completed one step of an automation journey (a message queued, a wait over, a branch taken, a list changed, a follow-up asked for).',
  aggregateIdField: 'journeyId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...JOURNEY_RUN_REQUIRED, 'stepId', 'stepKind', 'outcome'],
    properties: {
      ...JOURNEY_RUN_PROPERTIES,
      stepId: { type: 'string', minLength: 1 },
      stepKind: {
        type: 'string',
        enum: ['SEND', 'WAIT', 'BRANCH', 'ADD_TO_LIST', 'REMOVE_FROM_LIST', 'FOLLOW_UP', 'EXIT'],
      },
      outcome: { type: 'string' },
    },
  },
  example: {
    ...JOURNEY_RUN_EXAMPLE,
    stepId: 'welcome',
    stepKind: 'SEND',
    outcome: 'message 01950e00-0000-7000-8000-000000000001 QUEUED',
  },
};
