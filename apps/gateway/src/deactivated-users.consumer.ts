import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import { parseEvent, topicOf } from '@crm/events';
import type { Logger } from '@crm/logger';
import { createKafka, kafkaTopicOf, partHealth, type PartHealth } from '@crm/messaging';
import { anyBrokerAccepts } from './broker-reachable';
import { DeactivatedUsers, DENY_DEACTIVATED_FOR_MS } from './deactivated-users';

const USER_TOPIC = topicOf('crm.identity.user.deactivated');
const CATCH_UP_TIMEOUT_MS = 30_000;
const RETRY_BASE_MS = 500;
const RETRY_MAX_MS = 15_000;
const UNGUARDED = `users deactivated in the last ${DENY_DEACTIVATED_FOR_MS / 60_000} minutes are not refused yet`;

/**
 * Keeps `deactivatedUsers` current from identity's user topic. Each gateway reads in a group of
 * its own (every instance must see every deactivation), starting at the messages of the last
 * token lifetime, so a restarted gateway still refuses users deactivated shortly before.
 *
 * Kafka is not a dependency of serving: while it cannot be reached the gateway serves, and
 * follows in the background, retrying until it can. Meanwhile a user deactivated during the last
 * token lifetime is not refused by the gateway: identity refuses their logins and refreshes
 * anyway, so the exposure ends when their access token expires (at most 15 minutes) or when the
 * follower catches up, whichever comes first. Refusing every token instead would turn a Kafka
 * outage into an outage of the whole graph. `/readyz` shows the follower's state.
 */
export class DeactivationFollower {
  readonly deactivatedUsers = new DeactivatedUsers();
  private readonly kafka: Kafka;
  private readonly topic = kafkaTopicOf(USER_TOPIC);
  private consumer: Consumer | undefined;
  private current: PartHealth = partHealth('starting', `connecting to Kafka; ${UNGUARDED}`);
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly brokers: string[],
    private readonly logger: Logger,
  ) {
    this.kafka = createKafka('crm-gateway', brokers, logger);
  }

  get health(): PartHealth {
    return this.current;
  }

  /**
   * Starts following. Resolves once caught up with what the topic held (at most 30 s), or as soon
   * as Kafka is found down (no broker accepts a connection, or the first attempt failed): then it
   * goes on trying in the background.
   */
  async start(): Promise<void> {
    let firstAttempt: (outcome: FirstAttempt) => void = () => undefined;
    const attempted = new Promise<FirstAttempt>((resolve) => (firstAttempt = resolve));
    void this.followUntilStopped(firstAttempt);
    const reachable = await anyBrokerAccepts(this.brokers);
    if (!reachable) {
      this.current = partHealth('failing', `Kafka: no broker accepts a connection; ${UNGUARDED}`);
      this.logger.warn('deactivated users: Kafka cannot be reached; serving, following in the background');
    }
    const { caughtUp } = reachable ? await attempted : { caughtUp: undefined };
    if (caughtUp && !(await within(caughtUp, CATCH_UP_TIMEOUT_MS)))
      this.logger.error(
        `deactivated users: not caught up within ${CATCH_UP_TIMEOUT_MS} ms; serving meanwhile`,
      );
  }

  /**
   * An attempt in flight may wait seconds on kafkajs' connection retries: it notices `stopped`
   * and disconnects what it connected, so stopping does not wait for it.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.consumer?.disconnect().catch(() => undefined);
    this.current = partHealth('stopped');
  }

  private async followUntilStopped(firstAttempt: (outcome: FirstAttempt) => void) {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        firstAttempt(await this.follow());
        if (this.stopped) await this.consumer?.disconnect();
        return;
      } catch (error) {
        firstAttempt({ caughtUp: undefined });
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = undefined;
        const retryInMs = Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
        const reason = error instanceof Error ? error.message : String(error);
        this.current = partHealth('failing', `Kafka: ${reason}; retrying in ${retryInMs} ms; ${UNGUARDED}`);
        this.logger.warn({ err: error, retryInMs }, 'deactivated users: cannot follow the user topic yet');
        await this.idle(retryInMs);
      }
    }
  }

  /** Subscribes from the start of the last token lifetime; `caughtUp` settles with the catch-up. */
  private async follow(): Promise<FirstAttempt> {
    const { topic } = this;
    const { starts, ends } = await positionsOf(this.kafka, topic, Date.now() - DENY_DEACTIVATED_FOR_MS);
    if (this.stopped) return { caughtUp: undefined };
    const consumer = this.kafka.consumer({ groupId: `crm-gateway-${randomUUID()}`, maxWaitTimeInMs: 250 });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: false });
    const caughtUp = catchUp(starts, ends);
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (message.value) remember(message.value, this.deactivatedUsers, this.logger);
        caughtUp.read(partition, Number(message.offset));
      },
    });
    for (const [partition, offset] of starts) consumer.seek({ topic, partition, offset: String(offset) });
    this.current = partHealth('starting', `catching up with ${topic}`);
    return {
      caughtUp: caughtUp.done.then(() => {
        if (!this.stopped) this.current = partHealth('running');
      }),
    };
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

/** How the first attempt to follow went: `caughtUp` settles with the catch-up when it subscribed. */
interface FirstAttempt {
  caughtUp: Promise<void> | undefined;
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
  // No request retries: the loop in followUntilStopped retries the whole attempt with its own backoff.
  const admin = kafka.admin({ retry: { retries: 0 } });
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
