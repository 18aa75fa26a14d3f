import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export interface MessageClickedPayload extends MessageFields {
  url: string;
}

export const messageClicked: EventDefinition<'crm.marketing.message.clicked', MessageClickedPayload> = {
  type: 'crm.marketing.message.clicked',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description: 'The recipient followed a link in a marketing message (through its signed redirect).',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED, 'url'],
    properties: { ...MESSAGE_PROPERTIES, url: { type: 'string' } },
  },
  example: { ...MESSAGE_EXAMPLE, url: 'https://shop.example.com/spring' },
};
