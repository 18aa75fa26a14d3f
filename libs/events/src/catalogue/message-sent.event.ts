import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export type MessageSentPayload = MessageFields;

export const messageSent: EventDefinition<'crm.marketing.message.sent', MessageSentPayload> = {
  type: 'crm.marketing.message.sent',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description: 'The mail relay or SMS gateway took a marketing message for delivery.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED],
    properties: { ...MESSAGE_PROPERTIES },
  },
  example: { ...MESSAGE_EXAMPLE },
};
