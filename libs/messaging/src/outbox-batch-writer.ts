import type { EntityManager } from 'typeorm';
import { copyRowsInto } from '@crm/db';
import { topicOf, type AnyCloudEvent } from '@crm/events';

const OUTBOX_COLUMNS = ['event_id', 'event_type', 'topic', 'message_key', 'payload'] as const;

/**
 * appendToOutbox for thousands of events at once (bulk imports): one COPY into the outbox, so
 * neither a statement's parameters nor their parsing grow with the batch. Same rule: inside the
 * transaction of the change (COPY fires the outbox's statement trigger, so the relay is woken).
 */
export async function appendBatchToOutbox(manager: EntityManager, events: AnyCloudEvent[]): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendBatchToOutbox must run inside the transaction of the change it describes');
  }
  if (events.length === 0) return;
  await copyRowsInto(
    manager,
    'outbox',
    OUTBOX_COLUMNS,
    events.map((event) => [event.id, event.type, topicOf(event.type), event.subject, JSON.stringify(event)]),
  );
}
