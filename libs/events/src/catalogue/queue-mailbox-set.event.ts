import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface QueueMailboxSetPayload {
  queueId: string;
  /** The support address (not personal data): mail to it opens tickets in the queue. */
  address: string;
  /** Whether mail from senders who are no customer's contact is taken (filed under a designated customer). */
  takesUnknownRequesters: boolean;
  version: number;
  setAt: string;
}

export const queueMailboxSet: EventDefinition<'crm.service.queue.mailbox_set', QueueMailboxSetPayload> = {
  type: 'crm.service.queue.mailbox_set',
  service: 'service',
  aggregate: 'queue',
  version: 1,
  description:
    "A support queue's mail address was set or changed by a support manager: mail to it opens tickets in the queue, replies leave from it.",
  aggregateIdField: 'queueId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['queueId', 'address', 'takesUnknownRequesters', 'version', 'setAt'],
    properties: {
      queueId: UUID,
      address: { type: 'string', format: 'email', maxLength: 320 },
      takesUnknownRequesters: { type: 'boolean' },
      version: { type: 'integer', minimum: 1 },
      setAt: DATE_TIME,
    },
  },
  example: {
    queueId: '01950c80-0000-7000-8000-0000000000a1',
    address: 'support@acme-crm.example',
    takesUnknownRequesters: true,
    version: 1,
    setAt: '2025-03-01T08:00:00.000Z',
  },
};
