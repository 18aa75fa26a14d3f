import type { KafkaMessage, Producer } from 'kafkajs';
import { kafkaTopicOf } from './topic-namespace';

export const deadLetterTopicOf = (groupId: string) => `${groupId}.dlq`;

export interface DeadLetter {
  groupId: string;
  topic: string;
  partition: number;
  message: KafkaMessage;
  error: unknown;
  attempts: number;
}

/** Parks a message that cannot be applied in `<group>.dlq`, with why and where it came from in headers. */
export async function sendToDeadLetterTopic(producer: Producer, letter: DeadLetter): Promise<void> {
  const reason = letter.error instanceof Error ? letter.error.message : String(letter.error);
  await producer.send({
    topic: kafkaTopicOf(deadLetterTopicOf(letter.groupId)),
    acks: -1,
    messages: [
      {
        key: letter.message.key,
        value: letter.message.value,
        headers: {
          ...letter.message.headers,
          'dlq-error': reason.slice(0, 2_000),
          'dlq-original-topic': letter.topic,
          'dlq-original-partition': String(letter.partition),
          'dlq-original-offset': letter.message.offset,
          'dlq-attempts': String(letter.attempts),
          'dlq-failed-at': new Date().toISOString(),
        },
      },
    ],
  });
}
