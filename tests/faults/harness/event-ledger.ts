import type { ServiceName } from '@crm/config';
import type { Acknowledged } from './deal-burst';
import type { FaultPlatform } from './fault-platform';
import { countMessages, readTopics, type TopicMessage } from './topic-reader';
import { waitUntil } from './wait-until';

/** Whose events a scenario follows: the producers' outboxes and one consumer's inbox. */
export interface EventFlow {
  producers: ServiceName[];
  consumer: ServiceName;
  /**
   * The producers' event types the consumer applies (its handlers in apps/<consumer>/src/*-subgraph.ts);
   * an event of another type is not expected in its inbox.
   */
  applies: readonly string[];
}

/** Analytics' handlers for the events customer creation produces. */
export const CUSTOMERS_TO_ANALYTICS: EventFlow = {
  producers: ['customer'],
  consumer: 'analytics',
  applies: ['crm.customer.customer.created', 'crm.customer.audit.recorded'],
};

/** Analytics' handlers for the events a deal burst and customer creation produce. */
export const DEALS_TO_ANALYTICS: EventFlow = {
  producers: ['customer', 'sales'],
  consumer: 'analytics',
  applies: [
    'crm.customer.customer.created',
    'crm.customer.audit.recorded',
    'crm.sales.opportunity.created',
    'crm.sales.opportunity.stage_changed',
    'crm.sales.opportunity.won',
    'crm.sales.opportunity.lost',
    'crm.sales.audit.recorded',
  ],
};

/** The figures of the closing note, each counted from the source tables and the broker. */
export interface LedgerFigures {
  /** Mutations the clients were told succeeded. */
  acknowledged: number;
  /** Acknowledged mutations without their event in the producer's outbox (must be 0). */
  acknowledgedMissingFromOutbox: number;
  /** Events the producers meant to publish (outbox rows). */
  outbox: number;
  /** Outbox events found on their topic, by event id. */
  onTopic: number;
  /** Events the consumer should apply, and how many its inbox holds. */
  expectedApplied: number;
  applied: number;
  /** Outbox rows never published, plus expected events never applied. */
  lost: number;
  /** Events that reached their topic more than once (at-least-once redelivery). */
  duplicated: number;
  /** Keys whose events are on the topic in another order than in the outbox. */
  reordered: number;
  /** Messages in any dead-letter topic. */
  deadLettered: number;
}

interface OutboxRow {
  eventId: string;
  eventType: string;
  topic: string;
  messageKey: string;
  sentAt: Date | null;
}

/**
 * Resolves once every outbox row is sent and every expected event applied; returns when that was.
 * When it never happens, the error gives both counts and each app's state and last lines.
 */
export async function waitForConvergence(platform: FaultPlatform, flow: EventFlow, timeoutMs = 120_000) {
  let last = { pending: -1, missing: -1 };
  try {
    await waitUntil(
      `every ${flow.producers.join('/')} event to be published and applied by ${flow.consumer}`,
      async () => {
        const [row] = await platform.rows<{ pending: number; missing: number }>(
          `SELECT count(*) FILTER (WHERE o.sent_at IS NULL)::int AS pending,
                  count(*) FILTER (WHERE o.event_type = ANY($1) AND i.event_id IS NULL)::int AS missing
             FROM (${outboxUnion(flow.producers)}) o
             LEFT JOIN ${flow.consumer}.inbox i ON i.event_id = o.event_id`,
          [flow.applies],
        );
        last = row;
        return row.pending === 0 && row.missing === 0;
      },
      { timeoutMs, intervalMs: 250 },
    );
  } catch (error) {
    const counts = `${last.pending} outbox rows still pending, ${last.missing} events not applied`;
    throw new Error(`${(error as Error).message} (${counts})\n${platform.describeApps()}`);
  }
  return Date.now();
}

/** Counts everything once the flow has converged (or not: then the figures show what is missing). */
export async function collectLedger(
  platform: FaultPlatform,
  flow: EventFlow,
  acknowledged: Acknowledged,
): Promise<LedgerFigures> {
  const outbox = await platform.rows<OutboxRow>(
    `SELECT event_id AS "eventId", event_type AS "eventType", topic, message_key AS "messageKey", sent_at AS "sentAt"
       FROM (${outboxUnion(flow.producers)}) o ORDER BY producer, position`,
  );
  const brokers = [platform.kafka.address];
  const onTopic = await readTopics(brokers, [...new Set(outbox.map((row) => row.topic))]);
  const inbox = new Set(
    (
      await platform.rows<{ eventId: string }>(`SELECT event_id AS "eventId" FROM ${flow.consumer}.inbox`)
    ).map((row) => row.eventId),
  );
  const copies = countBy(onTopic, (message) => message.eventId);
  const expected = outbox.filter((row) => flow.applies.includes(row.eventType));
  const applied = expected.filter((row) => inbox.has(row.eventId)).length;
  const published = outbox.filter((row) => copies.has(row.eventId)).length;
  return {
    acknowledged: acknowledged.total,
    acknowledgedMissingFromOutbox: acknowledgedMissing(outbox, acknowledged),
    outbox: outbox.length,
    onTopic: published,
    expectedApplied: expected.length,
    applied,
    lost: outbox.length - published + (expected.length - applied),
    duplicated: [...copies.values()].reduce((sum, count) => sum + count - 1, 0),
    reordered: reorderedKeys(outbox, onTopic),
    deadLettered: await countMessages(brokers, (topic) => topic.endsWith('.dlq')),
  };
}

/** How fast the consumer applied the flow's events, from the commit times in the tables. */
export interface ConsumerPace {
  events: number;
  /** Events applied per second between the first and the last of them (each batch's start). */
  perSecond: number;
  /** From the producer's commit (outbox row) to the consumer's (inbox row). */
  lagP50Ms: number;
  lagP99Ms: number;
}

/** The pace over the events the consumer applied in [from, to) (the database's clock is this machine's). */
export async function consumerPace(
  platform: FaultPlatform,
  flow: EventFlow,
  from: Date,
  to = new Date(),
): Promise<ConsumerPace> {
  const [row] = await platform.rows<{ events: number; seconds: number | null; p50: number; p99: number }>(
    `WITH applied AS (
       SELECT i.applied_at, extract(epoch FROM i.applied_at - o.created_at) * 1000 AS lag_ms
         FROM (${outboxUnion(flow.producers)}) o
         JOIN ${flow.consumer}.inbox i ON i.event_id = o.event_id
        WHERE i.applied_at >= $1 AND i.applied_at < $2)
     SELECT count(*)::int AS events,
            extract(epoch FROM max(applied_at) - min(applied_at))::float AS seconds,
            coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY lag_ms), 0)::float AS p50,
            coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY lag_ms), 0)::float AS p99
       FROM applied`,
    [from, to],
  );
  return {
    events: row.events,
    perSecond: row.seconds ? Math.round(row.events / row.seconds) : 0,
    lagP50Ms: Math.round(row.p50),
    lagP99Ms: Math.round(row.p99),
  };
}

/** Every producer's outbox as one relation, with the producer's name to keep each one's order. */
function outboxUnion(producers: ServiceName[]): string {
  return producers
    .map(
      (producer) =>
        `SELECT '${producer}' AS producer, position, event_id, event_type, topic, message_key, created_at, sent_at
           FROM ${producer}.outbox`,
    )
    .join(' UNION ALL ');
}

/** Acknowledged mutations whose event is not in the outbox (per aggregate, by count). */
function acknowledgedMissing(outbox: OutboxRow[], acknowledged: Acknowledged): number {
  const written = countBy(
    outbox.filter((row) => acknowledged.eventTypes.includes(row.eventType)),
    (row) => row.messageKey,
  );
  let missing = 0;
  for (const [key, mutations] of acknowledged.byKey)
    missing += Math.max(0, mutations - (written.get(key) ?? 0));
  return missing;
}

/** Keys whose first copies on the topic are not in outbox order (one key stays on one partition). */
function reorderedKeys(outbox: OutboxRow[], onTopic: TopicMessage[]): number {
  const published = groupBy(
    [...onTopic].sort((a, b) => a.partition - b.partition || a.offset - b.offset),
    (message) => `${message.topic}|${message.key}`,
  );
  const intended = groupBy(outbox, (row) => `${row.topic}|${row.messageKey}`);
  let reordered = 0;
  for (const [key, rows] of intended) {
    const order = [...new Set((published.get(key) ?? []).map((message) => message.eventId))];
    const expected = rows.map((row) => row.eventId).filter((id) => order.includes(id));
    if (order.filter((id) => expected.includes(id)).join() !== expected.join()) reordered++;
  }
  return reordered;
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item)) ?? [];
    group.push(item);
    groups.set(keyOf(item), group);
  }
  return groups;
}
