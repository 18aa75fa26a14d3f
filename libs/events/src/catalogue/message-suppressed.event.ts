import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export interface MessageSuppressedPayload extends MessageFields {
  reason: 'NO_CONSENT' | 'NO_ADDRESS' | 'ADDRESS_SUPPRESSED' | 'FREQUENCY_CAP' | 'CUSTOMER_ERASED';
  detail: string;
}

export const messageSuppressed: EventDefinition<
  'crm.marketing.message.suppressed',
  MessageSuppressedPayload
> = {
  type: 'crm.marketing.message.suppressed',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description:
    'A marketing message was not sent, and why: no consent on the channel, no or a suppressed address, the frequency cap, or an erased customer.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED, 'reason', 'detail'],
    properties: {
      ...MESSAGE_PROPERTIES,
      reason: {
        type: 'string',
        enum: ['NO_CONSENT', 'NO_ADDRESS', 'ADDRESS_SUPPRESSED', 'FREQUENCY_CAP', 'CUSTOMER_ERASED'],
      },
      detail: { type: 'string' },
    },
  },
  example: {
    ...MESSAGE_EXAMPLE,
    reason: 'NO_CONSENT',
    detail: 'the customer has not consented to marketing by EMAIL',
  },
};
