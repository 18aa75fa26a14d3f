import type { EntityManager } from 'typeorm';
import { topicOf, type AnyCloudEvent } from '@crm/events';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Records events in the outbox. Call it with the manager of the transaction that makes the
 * change: the events exist exactly when the change commits (DESIGN §4).
 */
export async function appendToOutbox(manager: EntityManager, events: AnyCloudEvent[]): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction of the change it describes');
  }
  if (events.length === 0) return;
  await manager.insert(
    OutboxMessage,
    events.map((event) => ({
      eventId: event.id,
      eventType: event.type,
      topic: topicOf(event.type),
      messageKey: event.subject,
      payload: event,
    })),
  );
}
