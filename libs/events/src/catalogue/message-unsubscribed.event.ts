import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export type MessageUnsubscribedPayload = MessageFields;

export const messageUnsubscribed: EventDefinition<
  'crm.marketing.message.unsubscribed',
  MessageUnsubscribedPayload
> = {
  type: 'crm.marketing.message.unsubscribed',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description:
    'The recipient followed the unsubscribe link of a marketing message: the customer service withdraws consent for the channel (customer.consent_changed).',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED],
    properties: { ...MESSAGE_PROPERTIES },
  },
  example: { ...MESSAGE_EXAMPLE },
};
