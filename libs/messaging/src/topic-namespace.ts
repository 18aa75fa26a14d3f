/**
 * Kafka topic names in this environment. KAFKA_TOPIC_PREFIX (empty by default) goes before every
 * catalogue topic on the broker: test runs publish under `test.`, benches under `bench.`, so a
 * developer's `npm start` on the same broker never consumes their events. Outbox rows, AsyncAPI and
 * the catalogue keep the canonical names (`crm.<service>.<aggregate>.v1`).
 */
const prefix = () => process.env.KAFKA_TOPIC_PREFIX ?? '';

/** The broker's topic for a catalogue topic. */
export const kafkaTopicOf = (catalogueTopic: string) => `${prefix()}${catalogueTopic}`;

/** The catalogue topic of a broker topic. */
export function catalogueTopicOf(kafkaTopic: string): string {
  const current = prefix();
  return current && kafkaTopic.startsWith(current) ? kafkaTopic.slice(current.length) : kafkaTopic;
}
