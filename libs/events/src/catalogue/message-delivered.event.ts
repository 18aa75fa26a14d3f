import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export type MessageDeliveredPayload = MessageFields;

export const messageDelivered: EventDefinition<'crm.marketing.message.delivered', MessageDeliveredPayload> = {
  type: 'crm.marketing.message.delivered',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description: 'The relay or gateway reported a marketing message delivered.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED],
    properties: { ...MESSAGE_PROPERTIES },
  },
  example: { ...MESSAGE_EXAMPLE },
};
