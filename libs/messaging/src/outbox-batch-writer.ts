import type { EntityManager } from 'typeorm';
import { topicOf, type AnyCloudEvent } from '@crm/events';

/**
 * appendToOutbox for thousands of events at once (bulk imports): one INSERT over unnest()ed arrays,
 * so the statement has five parameters whatever the batch size. Same rule: inside the transaction
 * of the change.
 */
export async function appendBatchToOutbox(manager: EntityManager, events: AnyCloudEvent[]): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendBatchToOutbox must run inside the transaction of the change it describes');
  }
  if (events.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (event_id, event_type, topic, message_key, payload)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
    [
      events.map((event) => event.id),
      events.map((event) => event.type),
      events.map((event) => topicOf(event.type)),
      events.map((event) => event.subject),
      events.map((event) => JSON.stringify(event)),
    ],
  );
}
