import { badUserInput } from '@crm/errors';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { findKnownCustomer } from '../data/known-customer.repository';
import { findKnownTeam } from '../data/known-team.repository';
import { QueueMailbox } from '../data/queue-mailbox.entity';
import {
  findMailboxByAddress,
  findMailboxOfQueue,
  lockMailboxesFilingUnder,
} from '../data/queue-mailbox.repository';
import type { QueueMailboxSettings } from '../domain/queue-mailbox';
import { assertQueueExists, assertTakesTickets } from '../domain/ticket-references';
import { queueMailboxSet } from '../events/queue-mailbox-set.event';

/**
 * Gives a queue its mail address (or a new one): a known team, an address no other queue has, and
 * for unknown senders a customer that takes tickets. A stale `version` is CONFLICT.
 */
export function setQueueMailbox(scope: ChangeScope, settings: QueueMailboxSettings): Promise<QueueMailbox> {
  return runChange(scope, async (change) => {
    const { queueId, address, unknownRequesterCustomerId } = settings;
    assertQueueExists(await findKnownTeam(change.manager, queueId), queueId, 'input.queueId');
    if (unknownRequesterCustomerId)
      assertTakesTickets(
        await findKnownCustomer(change.manager, unknownRequesterCustomerId),
        unknownRequesterCustomerId,
        'input.unknownRequesterCustomerId',
      );
    const holder = await findMailboxByAddress(change.manager, address);
    if (holder && holder.id !== queueId)
      throw badUserInput(
        'input.address',
        `is already the address of queue ${holder.id}; each queue needs its own`,
      );
    const values = { address, unknownRequesterCustomerId, updatedAt: new Date() };
    const mailbox = (await findMailboxOfQueue(change.manager, queueId))
      ? await change.update(
          QueueMailbox,
          await change.lock(QueueMailbox, queueId, { version: settings.version, field: 'input.version' }),
          values,
          { action: 'setQueueMailbox' },
        )
      : await change.insert(
          QueueMailbox,
          Object.assign(new QueueMailbox(), { id: queueId, ...values, version: 1 }),
          {
            action: 'setQueueMailbox',
          },
        );
    change.publish(queueMailboxSet(mailbox, change.origin));
    return mailbox;
  });
}

/** customer.merged / erased: mailboxes filing strangers under `customerIds` file them under `next`. */
export function refileUnknownRequesters(
  scope: ChangeScope,
  customerIds: string[],
  next: string | null,
): Promise<void> {
  return runChange(scope, async (change: Change) => {
    for (const mailbox of await lockMailboxesFilingUnder(change.manager, customerIds)) {
      const after = await change.update(
        QueueMailbox,
        mailbox,
        { unknownRequesterCustomerId: next },
        { action: 'refileUnknownRequesters' },
      );
      change.publish(queueMailboxSet(after, change.origin));
    }
  });
}
