import { buildEvent, type EventOrigin } from '@crm/events';
import type { QueueMailbox } from '../data/queue-mailbox.entity';

export function queueMailboxSet(mailbox: QueueMailbox, origin: EventOrigin) {
  return buildEvent('crm.service.queue.mailbox_set', {
    subject: mailbox.id,
    ...origin,
    data: {
      queueId: mailbox.id,
      address: mailbox.address,
      takesUnknownRequesters: mailbox.unknownRequesterCustomerId !== null,
      version: mailbox.version,
      setAt: mailbox.updatedAt.toISOString(),
    },
  });
}
