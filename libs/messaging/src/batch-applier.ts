import type { DataSource, EntityManager } from 'typeorm';
import type { AnyCloudEvent } from '@crm/events';
import type { TraceContextFields } from '@crm/telemetry';
import type { HandlerOf } from './event-handler';
import { inProcessSpan } from './event-process-span';

/** An event read from a partition, with the handler that applies it. */
export interface ApplicableEvent {
  event: AnyCloudEvent;
  handler: HandlerOf;
  /** The topic it was read from, recorded in the inbox. */
  topic: string;
  /** The trace context of its Kafka message's headers. */
  trace?: TraceContextFields;
}

/**
 * Records the events in the inbox with one multi-row insert and returns the ids it had not seen:
 * the events of a redelivered batch come back as already applied.
 */
async function claimInInbox(manager: EntityManager, events: ApplicableEvent[]): Promise<Set<string>> {
  const inserted: { event_id: string }[] = await manager.query(
    `INSERT INTO inbox (event_id, event_type, topic)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [events.map((e) => e.event.id), events.map((e) => e.event.type), events.map((e) => e.topic)],
  );
  return new Set(inserted.map((row) => row.event_id));
}

/**
 * The transaction-local setting naming the lane (topic and partition) a transaction applies: read
 * models may key counter rows by it (analytics' roll-up shards), so partitions applied side by side
 * never wait on each other's rows. Unset outside a consumer.
 */
export const CONSUMER_LANE_SETTING = 'crm.consumer_lane';

/** Postgres returns uuids in lower case, whatever case the producer wrote. */
const inboxIdOf = (event: AnyCloudEvent) => event.id.toLowerCase();

/**
 * Applies events of one partition in one transaction, in partition order: the inbox rows, the
 * handlers' changes and the events they publish commit together or not at all (DESIGN §4).
 * Returns how many were new; the others had been applied before. `lane`: the partition they come
 * from, named in CONSUMER_LANE_SETTING.
 */
export async function applyInOneTransaction(
  dataSource: DataSource,
  events: ApplicableEvent[],
  lane?: { topic: string; partition: number },
): Promise<number> {
  if (events.length === 0) return 0;
  return dataSource.transaction(async (manager) => {
    if (lane) {
      await manager.query('SELECT set_config($1, $2, true)', [
        CONSUMER_LANE_SETTING,
        `${lane.topic}/${lane.partition}`,
      ]);
    }
    const unseen = await claimInInbox(manager, events);
    let applied = 0;
    for (const { event, handler, ...delivery } of events) {
      // delete: an event twice in one batch (a producer retry) is applied once.
      if (!unseen.delete(inboxIdOf(event))) continue;
      await inProcessSpan(event, delivery, () => handler(event, manager));
      applied++;
    }
    return applied;
  });
}
