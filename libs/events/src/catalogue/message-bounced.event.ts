import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export interface MessageBouncedPayload extends MessageFields {
  detail: string;
}

export const messageBounced: EventDefinition<'crm.marketing.message.bounced', MessageBouncedPayload> = {
  type: 'crm.marketing.message.bounced',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description: 'A marketing message could not be delivered for good; its address is suppressed from then on.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED, 'detail'],
    properties: { ...MESSAGE_PROPERTIES, detail: { type: 'string' } },
  },
  example: { ...MESSAGE_EXAMPLE, detail: '550 5.1.1 mailbox unavailable' },
};
