import { KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { isRetriableKafkaError, withKafkaStartupRetry } from '../kafka-startup-retry';

// What kafkajs throws when a consumer subscribes to a topic a fresh broker does not serve yet.
const unknownTopic = () =>
  new KafkaJSProtocolError({
    message: 'This server does not host this topic-partition',
    type: 'UNKNOWN_TOPIC_OR_PARTITION',
    code: 3,
    retriable: true,
  } as unknown as Error);

describe('isRetriableKafkaError', () => {
  it('retries what kafkajs marks retriable, also as the cause of exhausted retries', () => {
    expect(isRetriableKafkaError(unknownTopic())).toBe(true);
    expect(
      isRetriableKafkaError(
        new KafkaJSNumberOfRetriesExceeded(unknownTopic(), { retryCount: 5, retryTime: 100 }),
      ),
    ).toBe(true);
  });

  it('does not retry other errors', () => {
    expect(isRetriableKafkaError(new KafkaJSNonRetriableError('Invalid topics array'))).toBe(false);
    expect(isRetriableKafkaError(new Error('relation "outbox" does not exist'))).toBe(false);
    expect(isRetriableKafkaError('UNKNOWN_TOPIC_OR_PARTITION')).toBe(false);
  });
});

describe('withKafkaStartupRetry', () => {
  const waits: number[] = [];
  const warnings: string[] = [];
  const log = { warn: (_details: object, message: string) => warnings.push(message) };
  const wait = async (ms: number) => void waits.push(ms);

  beforeEach(() => {
    waits.length = 0;
    warnings.length = 0;
  });

  it('runs the step again after a retriable error, with growing waits', async () => {
    let calls = 0;
    const joined = await withKafkaStartupRetry(
      'joining',
      async () => {
        if (++calls < 4) throw unknownTopic();
        return 'joined';
      },
      log,
      { wait, baseMs: 100, maxMs: 10_000 },
    );

    expect(joined).toBe('joined');
    expect(calls).toBe(4);
    expect(warnings).toEqual(Array(3).fill('joining failed with a retriable Kafka error; retrying'));
    expect(waits[0]).toBeLessThanOrEqual(200);
    expect(waits[2]).toBeGreaterThanOrEqual(400);
  });

  it('throws a non-retriable error at once', async () => {
    const error = new KafkaJSNonRetriableError('Invalid topics array');
    await expect(withKafkaStartupRetry('joining', () => Promise.reject(error), log, { wait })).rejects.toBe(
      error,
    );
    expect(waits).toEqual([]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    const attempt = withKafkaStartupRetry(
      'joining',
      async () => {
        calls++;
        throw unknownTopic();
      },
      log,
      { wait, attempts: 3 },
    );
    await expect(attempt).rejects.toThrow('This server does not host this topic-partition');
    expect(calls).toBe(3);
  });
});
