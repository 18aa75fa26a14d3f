import type { KafkaMessage } from 'kafkajs';
import { DEAD_LETTER_HEADERS } from '@crm/events';
import { deadLetterHeaders } from '../dead-letter';

describe('deadLetterHeaders', () => {
  const message = {
    key: Buffer.from('0195-customer'),
    value: Buffer.from('{}'),
    offset: '41',
    headers: { 'content-type': 'application/cloudevents+json', ce_type: 'crm.customer.customer.created' },
  } as unknown as KafkaMessage;

  it('keeps the original headers and adds exactly the documented ones', () => {
    const headers = deadLetterHeaders(
      {
        groupId: 'crm.sales',
        topic: 'crm.customer.customer.v1',
        partition: 2,
        message,
        error: new Error('boom'),
        attempts: 5,
      },
      new Date('2026-12-03T10:00:00.000Z'),
    );

    expect(headers).toEqual({
      'content-type': 'application/cloudevents+json',
      ce_type: 'crm.customer.customer.created',
      'dlq-error': 'boom',
      'dlq-original-topic': 'crm.customer.customer.v1',
      'dlq-original-partition': '2',
      'dlq-original-offset': '41',
      'dlq-attempts': '5',
      'dlq-failed-at': '2026-12-03T10:00:00.000Z',
    });
    const added = Object.keys(headers).filter((name) => !(name in message.headers!));
    expect(added.sort()).toEqual(
      Object.values(DEAD_LETTER_HEADERS)
        .map((header) => header.name)
        .sort(),
    );
  });
});
