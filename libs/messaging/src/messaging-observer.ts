/** What the relay and the consumer report as they work, e.g. to a service's metrics. */
export interface MessagingObserver {
  /** The relay had Kafka acknowledge `count` events of a topic. */
  published(topic: string, count: number): void;
  /** A partition's messages behind its high watermark once a batch of it was applied. */
  consumerLagged(topic: string, partition: number, lag: number): void;
  /** A message of `topic` was parked in the group's dead-letter topic. */
  deadLettered(topic: string): void;
}

/** For relays and consumers that nobody watches (scripts, benches). */
export const UNOBSERVED: MessagingObserver = {
  published: () => undefined,
  consumerLagged: () => undefined,
  deadLettered: () => undefined,
};
