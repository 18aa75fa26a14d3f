import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export type MessageOpenedPayload = MessageFields;

export const messageOpened: EventDefinition<'crm.marketing.message.opened', MessageOpenedPayload> = {
  type: 'crm.marketing.message.opened',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description: 'The recipient opened a marketing email (its tracking pixel was loaded); the first open only.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED],
    properties: { ...MESSAGE_PROPERTIES },
  },
  example: { ...MESSAGE_EXAMPLE },
};
