import { messageIdOn, normalizeMessageId, referencedMessageIds, replyThreading } from '../message-id';

describe('Message-IDs and threading (RFC 5322 §3.6.4)', () => {
  it('makes ids on our domain, and brackets whatever a header held', () => {
    expect(messageIdOn('crm.localhost', 'ticket-1042')).toBe('<ticket-1042@crm.localhost>');
    expect(messageIdOn('crm.localhost')).toMatch(/^<[0-9a-f-]{36}@crm\.localhost>$/);
    expect(normalizeMessageId(' abc@x.example ')).toBe('<abc@x.example>');
    expect(normalizeMessageId('<abc@x.example>')).toBe('<abc@x.example>');
    expect(normalizeMessageId('  ')).toBeNull();
    expect(normalizeMessageId(undefined)).toBeNull();
  });

  it('lists what a mail answers: In-Reply-To, then References newest first, once each', () => {
    expect(referencedMessageIds('<c@x>', ['<a@x>', '<b@x>', '<c@x>'])).toEqual(['<c@x>', '<b@x>', '<a@x>']);
    expect(referencedMessageIds(null, ['a@x'])).toEqual(['<a@x>']);
  });

  it('answers the last mail of a thread and names the chain', () => {
    expect(replyThreading(['<a@x>', '<b@x>'])).toEqual({
      inReplyTo: '<b@x>',
      references: ['<a@x>', '<b@x>'],
    });
    expect(replyThreading([])).toEqual({ inReplyTo: undefined, references: [] });
  });

  it('keeps the first and the latest ids of a long thread', () => {
    const thread = Array.from({ length: 30 }, (_, index) => `<m${index}@x>`);
    const { references } = replyThreading(thread);
    expect(references).toHaveLength(20);
    expect(references[0]).toBe('<m0@x>');
    expect(references.at(-1)).toBe('<m29@x>');
    expect(references[1]).toBe('<m11@x>');
  });
});
