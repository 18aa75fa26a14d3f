import { CrmError } from '@crm/errors';
import { filterAccepts, parseWebhookEventFilter, WEBHOOK_EVENT_TYPES } from '../webhook-event-filter';
import { generateWebhookSecret, parseWebhookSecret } from '../webhook-secret';
import { parseWebhookUrl, targetOf } from '../webhook-url';

const problemsOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    if (error instanceof CrmError) return error.problems.map((problem) => problem.field);
    throw error;
  }
  throw new Error('no problem reported');
};

describe('webhook registration input', () => {
  it('takes absolute http(s) URLs only, without credentials or fragment', () => {
    expect(parseWebhookUrl('input.url', ' https://hooks.example.com/crm?token=x ').toString()).toBe(
      'https://hooks.example.com/crm?token=x',
    );
    for (const bad of [
      'hooks.example.com',
      'ftp://example.com/',
      'https://u:p@example.com/',
      'https://example.com/#x',
    ]) {
      expect(problemsOf(() => parseWebhookUrl('input.url', bad))).toEqual(['input.url']);
    }
  });

  it('shows only scheme, host and port of a target', () => {
    expect(targetOf('https://hooks.example.com:8443/services/T0/B0/secret')).toBe(
      'https://hooks.example.com:8443',
    );
  });

  it('names each unknown or unsendable event type, and takes no filter as every type', () => {
    expect(parseWebhookEventFilter('input.eventTypes', null)).toBeNull();
    expect(
      parseWebhookEventFilter('input.eventTypes', ['crm.sales.opportunity.won', 'crm.sales.opportunity.won']),
    ).toEqual(['crm.sales.opportunity.won']);
    expect(
      problemsOf(() =>
        parseWebhookEventFilter('input.eventTypes', [
          'crm.sales.opportunity.won',
          'crm.nope',
          'crm.notification.webhook_delivery.failed',
        ]),
      ),
    ).toEqual(['input.eventTypes[1]', 'input.eventTypes[2]']);
    expect(problemsOf(() => parseWebhookEventFilter('input.eventTypes', []))).toEqual(['input.eventTypes']);
  });

  it('never sends the delivery events themselves, even to an endpoint taking every type', () => {
    expect(WEBHOOK_EVENT_TYPES).toContain('crm.notification.webhook_endpoint.disabled');
    expect(WEBHOOK_EVENT_TYPES).not.toContain('crm.notification.webhook_delivery.delivered');
    expect(filterAccepts(null, 'crm.notification.webhook_delivery.failed')).toBe(false);
    expect(filterAccepts(null, 'crm.sales.opportunity.won')).toBe(true);
    expect(filterAccepts(['crm.sales.opportunity.lost'], 'crm.sales.opportunity.won')).toBe(false);
  });

  it('generates Standard Webhooks secrets and checks given ones', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(parseWebhookSecret('input.secret', secret)).toBe(secret);
    expect(problemsOf(() => parseWebhookSecret('input.secret', 'hunter2'))).toEqual(['input.secret']);
    expect(
      problemsOf(() => parseWebhookSecret('input.secret', `whsec_${Buffer.alloc(8).toString('base64')}`)),
    ).toEqual(['input.secret']);
  });
});
