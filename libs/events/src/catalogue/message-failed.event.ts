import type { EventDefinition } from '../event-definition';
import {
  MESSAGE_EXAMPLE,
  MESSAGE_PROPERTIES,
  MESSAGE_REQUIRED,
  type MessageFields,
} from './message-fields.schema';

export interface MessageFailedPayload extends MessageFields {
  detail: string;
  attempts: number;
}

export const messageFailed: EventDefinition<'crm.marketing.message.failed', MessageFailedPayload> = {
  type: 'crm.marketing.message.failed',
  service: 'marketing',
  aggregate: 'message',
  version: 1,
  description:
    'The relay or gateway kept failing for a marketing message; it was given up after its last try.',
  aggregateIdField: 'messageId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...MESSAGE_REQUIRED, 'detail', 'attempts'],
    properties: {
      ...MESSAGE_PROPERTIES,
      detail: { type: 'string' },
      attempts: { type: 'integer', minimum: 1 },
    },
  },
  example: { ...MESSAGE_EXAMPLE, detail: 'connect ECONNREFUSED', attempts: 5 },
};
