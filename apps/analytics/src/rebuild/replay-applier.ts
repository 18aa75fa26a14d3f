import type { KafkaMessage } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { parseEvent } from '@crm/events';
import type { Logger } from '@crm/logger';
import {
  applyInOneTransaction,
  failureKindOf,
  type ApplicableEvent,
  type EventHandlers,
  type HandlerOf,
} from '@crm/messaging';

/** Where a replay applies events: a data source bound to the fresh schema, and analytics' handlers. */
export interface ReplayTarget {
  dataSource: DataSource;
  handlers: EventHandlers;
  logger: Logger;
}

/** What a replay did with the messages it read. */
export interface ReplayTally {
  applied: number;
  /** Not for analytics, or applied before (the inbox). */
  skipped: number;
  /** Unreadable or rejected by a handler: the live consumer parked these in its dead-letter topic. */
  parked: number;
}

export const emptyTally = (): ReplayTally => ({ applied: 0, skipped: 0, parked: 0 });

const MAX_EVENTS_PER_TRANSACTION = 500;

/**
 * Applies messages of one partition, in order, as the live consumer does: up to 500 events per
 * transaction through the inbox. One a handler rejects is left out, as the live consumer parks it
 * in its dead-letter topic; a transient failure (database away) ends the rebuild, which can be run
 * again.
 */
export async function applyMessages(
  target: ReplayTarget,
  topic: string,
  messages: KafkaMessage[],
  tally: ReplayTally,
): Promise<void> {
  const events: ApplicableEvent[] = [];
  for (const message of messages) {
    const applicable = applicableOf(target, topic, message);
    if (applicable === 'invalid') tally.parked++;
    else if (applicable) events.push(applicable);
    else tally.skipped++;
  }
  for (let start = 0; start < events.length; start += MAX_EVENTS_PER_TRANSACTION) {
    await applyChunk(target, events.slice(start, start + MAX_EVENTS_PER_TRANSACTION), tally);
  }
}

function applicableOf(target: ReplayTarget, topic: string, message: KafkaMessage) {
  try {
    const event = parseEvent(message.value ?? '');
    const handler = target.handlers[event.type] as HandlerOf | undefined;
    return handler ? { event, handler, topic } : undefined;
  } catch {
    return 'invalid' as const;
  }
}

async function applyChunk(
  target: ReplayTarget,
  events: ApplicableEvent[],
  tally: ReplayTally,
): Promise<void> {
  try {
    const applied = await applyInOneTransaction(target.dataSource, events);
    tally.applied += applied;
    tally.skipped += events.length - applied;
  } catch (error) {
    if (failureKindOf(error) === 'transient') throw error;
    if (events.length > 1) {
      // Isolate the event a handler rejects; its neighbours apply once each (the inbox).
      for (const event of events) await applyChunk(target, [event], tally);
      return;
    }
    target.logger.warn(
      { err: error, eventId: events[0].event.id },
      'replay: a handler rejected the event; left out',
    );
    tally.parked++;
  }
}
