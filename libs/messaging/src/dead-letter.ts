import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf } from '@crm/events';
import { kafkaTopicOf } from './topic-namespace';

export { deadLetterTopicOf };

export interface DeadLetter {
  groupId: string;
  topic: string;
  partition: number;
  message: KafkaMessage;
  error: unknown;
  attempts: number;
}

/** The original message's headers plus why and where from (DEAD_LETTER_HEADERS, documented in AsyncAPI). */
export function deadLetterHeaders(letter: DeadLetter, failedAt: Date): IHeaders {
  const reason = letter.error instanceof Error ? letter.error.message : String(letter.error);
  return {
    ...letter.message.headers,
    [DEAD_LETTER_HEADERS.error.name]: reason.slice(0, 2_000),
    [DEAD_LETTER_HEADERS.originalTopic.name]: letter.topic,
    [DEAD_LETTER_HEADERS.originalPartition.name]: String(letter.partition),
    [DEAD_LETTER_HEADERS.originalOffset.name]: letter.message.offset,
    [DEAD_LETTER_HEADERS.attempts.name]: String(letter.attempts),
    [DEAD_LETTER_HEADERS.failedAt.name]: failedAt.toISOString(),
  };
}

/** Parks a message that cannot be applied in `<group>.dlq`, with why and where it came from in headers. */
export async function sendToDeadLetterTopic(producer: Producer, letter: DeadLetter): Promise<void> {
  await producer.send({
    topic: kafkaTopicOf(deadLetterTopicOf(letter.groupId)),
    acks: -1,
    messages: [
      {
        key: letter.message.key,
        value: letter.message.value,
        headers: deadLetterHeaders(letter, new Date()),
      },
    ],
  });
}
