import type { EventDefinition } from '../event-definition';
import {
  INTERACTION_EXAMPLE,
  INTERACTION_PROPERTIES,
  INTERACTION_REQUIRED,
  type InteractionFields,
} from './interaction-fields';

export type InteractionLoggedPayload = InteractionFields;

export const interactionLogged: EventDefinition<'crm.customer.interaction.logged', InteractionLoggedPayload> =
  {
    type: 'crm.customer.interaction.logged',
    service: 'customer',
    aggregate: 'interaction',
    version: 1,
    description:
      'A call, email, meeting, visit or social message with a customer was recorded: the customer timeline shows it.',
    aggregateIdField: 'interactionId',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: [...INTERACTION_REQUIRED],
      properties: INTERACTION_PROPERTIES,
    },
    example: INTERACTION_EXAMPLE,
  };
