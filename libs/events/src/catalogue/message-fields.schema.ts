import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export const MESSAGE_CHANNEL_NAMES = ['EMAIL', 'SMS'] as const;
export type MessageChannelName = (typeof MESSAGE_CHANNEL_NAMES)[number];
export const MESSAGE_CHANNEL = { type: 'string', enum: MESSAGE_CHANNEL_NAMES } as const;

/** What every marketing message event says: which message, to whom, from what; never the address or text. */
export interface MessageFields {
  messageId: string;
  customerId: string;
  campaignId: string | null;
  templateId: string;
  channel: MessageChannelName;
  occurredAt: string;
}

export const MESSAGE_REQUIRED = [
  'messageId',
  'customerId',
  'campaignId',
  'templateId',
  'channel',
  'occurredAt',
] as const;

export const MESSAGE_PROPERTIES = {
  messageId: UUID,
  customerId: UUID,
  campaignId: NULLABLE_UUID,
  templateId: UUID,
  channel: MESSAGE_CHANNEL,
  occurredAt: DATE_TIME,
} as const;

export const MESSAGE_EXAMPLE: MessageFields = {
  messageId: '01950e00-0000-7000-8000-000000000001',
  customerId: '01950c00-0000-7000-8000-000000000001',
  campaignId: '01950c90-5555-7000-8000-000000000005',
  templateId: '01950e10-0000-7000-8000-000000000001',
  channel: 'EMAIL',
  occurredAt: '2026-03-01T09:00:00.000Z',
};
