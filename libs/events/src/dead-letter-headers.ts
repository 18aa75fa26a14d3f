/**
 * The headers a consumer adds when it parks a message in its dead-letter topic `<group>.dlq`
 * (DESIGN §4), next to the original message's own headers. One list for the producer
 * (@crm/messaging) and the AsyncAPI document.
 */
export const DEAD_LETTER_HEADERS = {
  error: {
    name: 'dlq-error',
    description: 'Why the message could not be applied: the last error message, at most 2 000 characters.',
  },
  originalTopic: {
    name: 'dlq-original-topic',
    description: 'The topic the message was read from, as named on the broker (with any KAFKA_TOPIC_PREFIX).',
  },
  originalPartition: {
    name: 'dlq-original-partition',
    description: 'Its partition there, a decimal number.',
  },
  originalOffset: {
    name: 'dlq-original-offset',
    description: 'Its offset in that partition, a decimal number: where to find the original.',
  },
  attempts: {
    name: 'dlq-attempts',
    description: 'How many times the consumer tried to apply it (0: it was not a valid CloudEvent).',
  },
  failedAt: {
    name: 'dlq-failed-at',
    description: 'When the consumer gave up, ISO-8601 in UTC.',
  },
} as const;

export type DeadLetterHeader = keyof typeof DEAD_LETTER_HEADERS;

/** The dead-letter topic of a consumer group. */
export const deadLetterTopicOf = (groupId: string) => `${groupId}.dlq`;
