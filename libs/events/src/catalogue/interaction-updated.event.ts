import type { EventDefinition } from '../event-definition';
import {
  INTERACTION_EXAMPLE,
  INTERACTION_PROPERTIES,
  INTERACTION_REQUIRED,
  type InteractionFields,
} from './interaction-fields';

export type InteractionUpdatedPayload = InteractionFields;

export const interactionUpdated: EventDefinition<
  'crm.customer.interaction.updated',
  InteractionUpdatedPayload
> = {
  type: 'crm.customer.interaction.updated',
  service: 'customer',
  aggregate: 'interaction',
  version: 1,
  description:
    'A communication record was corrected; data carries the whole record as it now stands (replace, do not patch).',
  aggregateIdField: 'interactionId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...INTERACTION_REQUIRED],
    properties: INTERACTION_PROPERTIES,
  },
  example: { ...INTERACTION_EXAMPLE, summary: 'Corrected: they want a quote for 45 vehicles.', version: 2 },
};
