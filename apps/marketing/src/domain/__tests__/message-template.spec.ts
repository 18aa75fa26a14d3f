import { parseMessageTemplate } from '../message-template-input';
import { compileTemplatePart, renderPart, variablesOf } from '../template-rendering';
import { signTrackingLink, verifyTrackingLink } from '../tracking-link';

const email = {
  name: 'Welcome',
  channel: 'EMAIL',
  subject: 'Hello {{customerName}}',
  textBody: 'Hi {{customerName}}',
};

describe('message templates', () => {
  it('accepts an email with subject, HTML and text, and an SMS with text only', () => {
    expect(parseMessageTemplate({ ...email, htmlBody: '<p>Hi {{customerName}}</p>' }).htmlBody).toBe(
      '<p>Hi {{customerName}}</p>',
    );
    expect(parseMessageTemplate({ name: 'Promo', channel: 'SMS', textBody: 'Sale today' }).channel).toBe(
      'SMS',
    );
  });

  it('names the field of a bad template', () => {
    const fieldOf = (input: object) => {
      try {
        parseMessageTemplate(input);
      } catch (error) {
        return (error as { field: string }).field;
      }
    };
    expect(fieldOf({ ...email, subject: undefined })).toBe('input.subject');
    expect(fieldOf({ ...email, textBody: 'Hi {{#if}}' })).toBe('input.textBody');
    expect(fieldOf({ name: 'Promo', channel: 'SMS', textBody: 'x', htmlBody: '<b>x</b>' })).toBe(
      'input.htmlBody',
    );
    expect(fieldOf({ name: 'Promo', channel: 'SMS', textBody: 'x'.repeat(1601) })).toBe('input.textBody');
    expect(fieldOf({ ...email, channel: 'FAX' })).toBe('input.channel');
  });

  it('lists the variables a part uses and renders them, escaping only HTML parts', () => {
    const source = '<p>{{customerName}} {{#if vip}}{{discount}}{{/if}}</p>';
    expect(variablesOf(source)).toEqual(['customerName', 'vip', 'discount']);
    const html = compileTemplatePart(source, 'html', { html: true });
    expect(renderPart(html, { customerName: 'A & B', vip: true, discount: '10%' }, 'variables')).toBe(
      '<p>A &amp; B 10%</p>',
    );
    const text = compileTemplatePart('{{customerName}}', 'text');
    expect(renderPart(text, { customerName: 'A & B' }, 'variables')).toBe('A & B');
  });

  it('names a missing variable instead of leaving a gap', () => {
    const part = compileTemplatePart('Hi {{customerName}}, {{offer}}', 'text');
    expect(() => renderPart(part, { customerName: 'Ada' }, 'variables')).toThrow(
      expect.objectContaining({ field: 'variables.offer' }),
    );
  });
});

describe('tracking links', () => {
  const secret = new TextEncoder().encode('a-test-secret-of-enough-length-000');

  it('round-trips and refuses a tampered or foreign link', async () => {
    const token = await signTrackingLink(
      { messageId: 'm-1', action: 'click', url: 'https://example.com/a' },
      secret,
    );
    await expect(verifyTrackingLink(token, secret, 'token')).resolves.toEqual({
      messageId: 'm-1',
      action: 'click',
      url: 'https://example.com/a',
    });
    const other = new TextEncoder().encode('another-secret-of-enough-length-11');
    await expect(verifyTrackingLink(token, other, 'token')).rejects.toMatchObject({ field: 'token' });
    await expect(verifyTrackingLink(`${token}x`, secret, 'token')).rejects.toMatchObject({ field: 'token' });
  });
});
