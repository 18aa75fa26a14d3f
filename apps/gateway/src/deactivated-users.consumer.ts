import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { parseEvent, topicOf } from '@crm/events';
import type { Logger } from '@crm/logger';
import { createKafka, kafkaTopicOf } from '@crm/messaging';
import { DeactivatedUsers, DENY_DEACTIVATED_FOR_MS } from './deactivated-users';

const USER_TOPIC = topicOf('crm.identity.user.deactivated');
const CATCH_UP_TIMEOUT_MS = 30_000;

export interface DeactivationFollower {
  deactivatedUsers: DeactivatedUsers;
  stop(): Promise<void>;
}

/**
 * Keeps `deactivatedUsers` current from identity's user topic. Each gateway reads in a group of
 * its own (every instance must see every deactivation), starting at the messages of the last
 * token lifetime, and resolves once it has read what the topic held at start: a restarted gateway
 * still refuses users deactivated shortly before.
 */
export async function followDeactivations(brokers: string[], logger: Logger): Promise<DeactivationFollower> {
  const kafka = createKafka('crm-gateway', brokers, logger);
  const deactivatedUsers = new DeactivatedUsers();
  // Provisioned with every catalogue topic before any service starts.
  const topic = kafkaTopicOf(USER_TOPIC);
  const { starts, ends } = await positionsOf(kafka, topic, Date.now() - DENY_DEACTIVATED_FOR_MS);
  const consumer = kafka.consumer({ groupId: `crm-gateway-${randomUUID()}`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  const caughtUp = catchUp(starts, ends);
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      if (message.value) remember(message.value, deactivatedUsers, logger);
      caughtUp.read(partition, Number(message.offset));
    },
  });
  for (const [partition, offset] of starts) consumer.seek({ topic, partition, offset: String(offset) });
  if (!(await within(caughtUp.done, CATCH_UP_TIMEOUT_MS)))
    logger.error(`deactivated users: not caught up within ${CATCH_UP_TIMEOUT_MS} ms; serving meanwhile`);
  return { deactivatedUsers, stop: () => consumer.disconnect() };
}

function remember(value: Buffer, deactivatedUsers: DeactivatedUsers, logger: Logger): void {
  try {
    const event = parseEvent(value);
    if (event.type !== 'crm.identity.user.deactivated') return;
    deactivatedUsers.remember(event.data.userId, new Date(event.data.deactivatedAt));
  } catch (error) {
    logger.warn({ err: error }, 'deactivated users: skipped a message that is not a valid event');
  }
}

/** Per partition: the first offset at or after `since`, and the end offset now. */
async function positionsOf(kafka: Kafka, topic: string, since: number) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [fromTime, latest] = await Promise.all([
      admin.fetchTopicOffsetsByTimestamp(topic, since),
      admin.fetchTopicOffsets(topic),
    ]);
    return {
      starts: new Map(fromTime.map(({ partition, offset }) => [partition, Number(offset)])),
      ends: new Map(latest.map(({ partition, high }) => [partition, Number(high)])),
    };
  } finally {
    await admin.disconnect();
  }
}

/** Tracks reading up to the end each partition had when the gateway started. */
function catchUp(starts: Map<number, number>, ends: Map<number, number>) {
  const behind = new Set(
    [...ends].filter(([partition, end]) => (starts.get(partition) ?? end) < end).map(([p]) => p),
  );
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((settle) => (resolve = settle));
  if (behind.size === 0) resolve();
  return {
    done,
    read(partition: number, offset: number) {
      if (offset >= (ends.get(partition) ?? 0) - 1) behind.delete(partition);
      if (behind.size === 0) resolve();
    },
  };
}

/** Waits for `promise` at most `ms`; false when the time ran out first. */
async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
