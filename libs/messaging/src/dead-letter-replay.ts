import { Partitioners, type IHeaders, type Kafka } from 'kafkajs';
import { DEAD_LETTER_HEADERS } from '@crm/events';
import { deadLetterTopicOf } from './dead-letter';
import { deadLetterTopicSpec, eventTopicSpec, provisionTopics } from './topic-provisioning';
import { kafkaTopicOf } from './topic-namespace';
import { readTopicToEnd, type StoredMessage } from './topic-reader';

/** A message parked in `<group>.dlq`, as an operator needs to see it. */
export interface DeadLetterEntry {
  eventId: string | undefined;
  eventType: string | undefined;
  error: string;
  attempts: number;
  failedAt: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  /** The original message as it arrived: key, headers (without those the DLQ added) and value. */
  key: string | null;
  headers: Record<string, string>;
  payload: string;
  /** When it was replayed, if it was. */
  replayedAt: string | undefined;
}

/**
 * Where a group's replays are remembered: `<group>.dlq.replayed`, one message per replayed event
 * (key = event id), kept as long as the dead letters themselves. A second replay skips them.
 */
export const replayLogTopicOf = (groupId: string) => `${deadLetterTopicOf(groupId)}.replayed`;

const header = (headers: IHeaders | undefined, name: string) => headers?.[name]?.toString() ?? '';

function eventOf(stored: StoredMessage): { id?: string; type?: string } {
  try {
    const parsed = JSON.parse(stored.message.value?.toString() ?? '') as { id?: unknown; type?: unknown };
    return {
      id: typeof parsed.id === 'string' ? parsed.id : undefined,
      type: typeof parsed.type === 'string' ? parsed.type : undefined,
    };
  } catch {
    return {}; // not JSON: parked as invalid, it has no id to replay by
  }
}

async function replayedSoFar(kafka: Kafka, groupId: string): Promise<Map<string, string>> {
  const log = await readTopicToEnd(kafka, kafkaTopicOf(replayLogTopicOf(groupId)), groupId);
  return new Map(log.map(({ message }) => [message.key?.toString() ?? '', message.value?.toString() ?? '']));
}

async function provisionReplayTopics(kafka: Kafka, groupId: string): Promise<void> {
  await provisionTopics(kafka, [
    deadLetterTopicSpec(kafkaTopicOf(deadLetterTopicOf(groupId))),
    deadLetterTopicSpec(kafkaTopicOf(replayLogTopicOf(groupId))),
  ]);
}

async function deadLettersWithTheirReplays(kafka: Kafka, groupId: string) {
  await provisionReplayTopics(kafka, groupId);
  const parked = await readTopicToEnd(kafka, kafkaTopicOf(deadLetterTopicOf(groupId)), groupId);
  const replayed = await replayedSoFar(kafka, groupId);
  return parked.map((stored) => {
    const { headers } = stored.message;
    const event = eventOf(stored);
    const entry: DeadLetterEntry = {
      eventId: event.id,
      eventType: event.type,
      error: header(headers, DEAD_LETTER_HEADERS.error.name),
      attempts: Number(header(headers, DEAD_LETTER_HEADERS.attempts.name) || 0),
      failedAt: header(headers, DEAD_LETTER_HEADERS.failedAt.name),
      originalTopic: header(headers, DEAD_LETTER_HEADERS.originalTopic.name),
      originalPartition: Number(header(headers, DEAD_LETTER_HEADERS.originalPartition.name) || 0),
      originalOffset: header(headers, DEAD_LETTER_HEADERS.originalOffset.name),
      key: stored.message.key?.toString() ?? null,
      headers: Object.fromEntries(
        Object.entries(originalHeaders(headers)).map(([name, value]) => [name, String(value)]),
      ),
      payload: stored.message.value?.toString() ?? '',
      replayedAt: event.id ? replayed.get(event.id) : undefined,
    };
    return { stored, entry };
  });
}

/** Every message parked by a consumer group, oldest first per partition, with whether it was replayed. */
export async function listDeadLetters(kafka: Kafka, groupId: string): Promise<DeadLetterEntry[]> {
  return (await deadLettersWithTheirReplays(kafka, groupId)).map(({ entry }) => entry);
}

/** The original message's headers, without the ones the DLQ added. */
function originalHeaders(headers: IHeaders | undefined): IHeaders {
  const added = new Set<string>(Object.values(DEAD_LETTER_HEADERS).map((h) => h.name));
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !added.has(name)));
}

export interface ReplayOptions {
  /** Replay only this event. */
  eventId?: string;
  onReplayed?: (entry: DeadLetterEntry) => void;
}

/**
 * Sends parked events back to their original topic with their original key, once their cause is
 * fixed: every consumer dedupes by its inbox, so an event that was applied meanwhile stays a no-op.
 * Each replay is written to the replay log after the event was acknowledged (a crash in between
 * sends it again next time, which the inbox absorbs); events in the log are not sent again.
 * Messages that are not events (no id) are listed but never replayed.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  groupId: string,
  { eventId, onReplayed }: ReplayOptions = {},
): Promise<DeadLetterEntry[]> {
  const candidates = (await deadLettersWithTheirReplays(kafka, groupId)).filter(
    ({ entry }) => entry.eventId && !entry.replayedAt && (!eventId || entry.eventId === eventId),
  );
  // The relay's partitioner: a replayed event lands on its aggregate's partition, after its older events.
  // A topic deleted since (or never created on this broker) comes back as the platform creates it.
  await provisionTopics(
    kafka,
    [...new Set(candidates.map(({ entry }) => entry.originalTopic))].map(eventTopicSpec),
  );
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const replayed: DeadLetterEntry[] = [];
  try {
    for (const { stored, entry } of candidates) {
      if (replayed.some((done) => done.eventId === entry.eventId)) continue; // parked twice
      await producer.send({
        topic: entry.originalTopic,
        acks: -1,
        messages: [
          {
            key: stored.message.key,
            value: stored.message.value,
            headers: originalHeaders(stored.message.headers),
          },
        ],
      });
      const replayedAt = new Date().toISOString();
      await producer.send({
        topic: kafkaTopicOf(replayLogTopicOf(groupId)),
        acks: -1,
        messages: [{ key: entry.eventId as string, value: replayedAt }],
      });
      const done = { ...entry, replayedAt };
      replayed.push(done);
      onReplayed?.(done);
    }
  } finally {
    await producer.disconnect();
  }
  return replayed;
}
