import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { buildEvent } from '@crm/events';
import { generateWebhookSecret } from '../../domain/webhook-secret';
import { RESPONSE_EXCERPT_BYTES, sendWebhook } from '../webhook-sender';
import type { WebhookSettings } from '../webhook-settings';

const settings = (allowPrivateTargets: boolean): WebhookSettings => ({
  allowPrivateTargets,
  disableAfterFailures: 3,
  connectTimeoutMs: 2_000,
  responseTimeoutMs: 5_000,
  deliveryCron: '* * * * *',
});

const event = buildEvent('crm.notification.webhook_endpoint.enabled', {
  subject: '01950f00-0000-7000-8000-0000000000e1',
  actor: 'system',
  data: { endpointId: '01950f00-0000-7000-8000-0000000000e1', enabledAt: '2026-03-10T09:00:00.000Z' },
});

/** A local endpoint answering every request with `answer`, keeping what it got. */
async function endpoint(answer: (response: http.ServerResponse) => void) {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('sending one webhook', () => {
  it('POSTs the CloudEvent with Standard Webhooks headers a receiver can verify', async () => {
    const local = await endpoint((response) => response.writeHead(202).end('queued'));
    const secret = generateWebhookSecret();
    try {
      const result = await sendWebhook(
        { url: `http://127.0.0.1:${local.port}/in?x=1`, secret, event },
        settings(true),
      );
      expect(result).toMatchObject({ statusCode: 202, error: null, responseExcerpt: 'queued' });
      const [request] = local.received;
      expect(JSON.parse(request.body)).toEqual(event);
      expect(request.headers['content-type']).toBe('application/cloudevents+json');
      expect(request.headers['webhook-id']).toBe(event.id);
      expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toEqual(
        event,
      );
    } finally {
      await local.stop();
    }
  });

  it('refuses a loopback target, by address or by name, without sending anything', async () => {
    const local = await endpoint((response) => response.writeHead(204).end());
    try {
      for (const host of ['127.0.0.1', 'localhost']) {
        const result = await sendWebhook(
          { url: `http://${host}:${local.port}/`, secret: generateWebhookSecret(), event },
          settings(false),
        );
        expect(result.statusCode).toBeNull();
        expect(result.error).toMatch(/loopback address/);
      }
      expect(local.received).toEqual([]);
    } finally {
      await local.stop();
    }
  });

  it('reports a non-2xx answer as the failure and keeps only the start of a long body', async () => {
    const local = await endpoint((response) => response.writeHead(500).end('x'.repeat(1_000_000)));
    try {
      const result = await sendWebhook(
        { url: `http://127.0.0.1:${local.port}/`, secret: generateWebhookSecret(), event },
        settings(true),
      );
      expect(result).toMatchObject({ statusCode: 500, error: 'HTTP 500' });
      expect(result.responseExcerpt).toHaveLength(RESPONSE_EXCERPT_BYTES);
    } finally {
      await local.stop();
    }
  });

  it('does not follow a redirect', async () => {
    const local = await endpoint((response) =>
      response.writeHead(307, { location: 'http://169.254.169.254/' }).end(),
    );
    try {
      const result = await sendWebhook(
        { url: `http://127.0.0.1:${local.port}/`, secret: generateWebhookSecret(), event },
        settings(true),
      );
      expect(result).toMatchObject({ statusCode: 307, error: 'HTTP 307' });
      expect(local.received).toHaveLength(1);
    } finally {
      await local.stop();
    }
  });

  it('reports a refused connection without throwing', async () => {
    const local = await endpoint((response) => response.end());
    await local.stop();
    const result = await sendWebhook(
      { url: `http://127.0.0.1:${local.port}/`, secret: generateWebhookSecret(), event },
      settings(true),
    );
    expect(result).toMatchObject({ statusCode: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('gives up on an endpoint that never answers, after the response timeout', async () => {
    const local = await endpoint(() => undefined);
    try {
      const result = await sendWebhook(
        { url: `http://127.0.0.1:${local.port}/`, secret: generateWebhookSecret(), event },
        { ...settings(true), responseTimeoutMs: 200 },
      );
      expect(result).toMatchObject({
        statusCode: null,
        error: expect.stringMatching(/WEBHOOK_RESPONSE_TIMEOUT_MS/),
      });
    } finally {
      await local.stop();
    }
  });
});
