import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';
import { DATE_TIME } from './schema-fragments';

export interface MessageDeferredPayload extends MessageFields {
  until: string;
}

export const messageDeferred: EventDefinition<'crm.marketing.message.deferred', MessageDeferredPayload> = {
  type: 'crm.marketing.message.deferred',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description:
    'A marketing message fell in quiet hours: it waits until they end, when consent and caps are checked again.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED, 'until'],
    properties: { ...MESSAGE_PROPERTIES, until: DATE_TIME },
  },
  example: { ...MESSAGE_EXAMPLE, until: '2026-03-02T07:00:00.000Z' },
};
