import type { EventDefinition } from '../event-definition';
import { MESSAGE_CHANNEL, type MessageChannelName } from './message-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface MessageTemplateSavedPayload {
  templateId: string;
  name: string;
  channel: MessageChannelName;
  /** The variables the template uses, e.g. customerName. */
  variables: string[];
  version: number;
  savedAt: string;
}

/** The schema of message_template.created and message_template.updated. */
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['templateId', 'name', 'channel', 'variables', 'version', 'savedAt'],
  properties: {
    templateId: UUID,
    name: { type: 'string', minLength: 1 },
    channel: MESSAGE_CHANNEL,
    variables: { type: 'array', items: { type: 'string' } },
    version: { type: 'integer', minimum: 1 },
    savedAt: DATE_TIME,
  },
} as const;

const example: MessageTemplateSavedPayload = {
  templateId: '01950e10-0000-7000-8000-000000000001',
  name: 'Welcome',
  channel: 'EMAIL',
  variables: ['customerName', 'unsubscribeUrl'],
  version: 1,
  savedAt: '2026-03-01T09:00:00.000Z',
};

export const messageTemplateCreated: EventDefinition<
  'crm.marketing.message_template.created',
  MessageTemplateSavedPayload
> = {
  type: 'crm.marketing.message_template.created',
  service: 'marketing',
  aggregate: 'message_template',
  version: 1,
  description: 'An email or SMS template was created (its content stays in marketing).',
  aggregateIdField: 'templateId',
  schema,
  example,
};

export const messageTemplateUpdated: EventDefinition<
  'crm.marketing.message_template.updated',
  MessageTemplateSavedPayload
> = {
  type: 'crm.marketing.message_template.updated',
  service: 'marketing',
  aggregate: 'message_template',
  version: 1,
  description: 'An email or SMS template was changed; messages already sent keep the version they used.',
  aggregateIdField: 'templateId',
  schema,
  example: { ...example, version: 2 },
};
