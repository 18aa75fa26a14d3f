import { HTTP, type CloudEvent as ReceivedCloudEvent } from 'cloudevents';
import { Webhook } from 'standardwebhooks';
import { ManualClock } from '@crm/scheduler';
import {
  codesOf,
  errorOf,
  EventProbe,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import type { RunningNotification } from '@crm/notification';
import { WEBHOOK_DELIVERIES_JOB } from '../src/jobs/webhook-deliveries.job';
import { restartNotification } from './support/webhook-notification-under-test';
import { WebhookReceiver, type ReceivedWebhook } from './support/webhook-receiver';
import {
  createCustomer,
  endpointOf,
  REGISTER,
  registerEndpoint,
  replay,
  type DeliveryView,
} from './support/webhook-api';

const CUSTOMER_CREATED = 'crm.customer.customer.created';

/** Issue 15 §5 through the gateway, real Kafka, a real HTTP receiver and the notification clock. */
describe('outbound webhooks', () => {
  let platform: TestPlatform;
  let notification: RunningNotification;
  let probe: EventProbe;
  let admin: Send;
  let rep: Send;
  const receivers: WebhookReceiver[] = [];
  const clock = new ManualClock(new Date());

  async function receiver(script: number[], thenStatus?: number): Promise<WebhookReceiver> {
    const started = await WebhookReceiver.start(script, thenStatus);
    receivers.push(started);
    return started;
  }

  /** Runs the retry job at the clock's now and waits until it has finished. */
  async function runDeliveries(): Promise<void> {
    await notification.jobs.waitForRun(
      WEBHOOK_DELIVERIES_JOB,
      await notification.jobs.runNow(WEBHOOK_DELIVERIES_JOB),
    );
  }

  /** The endpoint's only delivery, once the consumer has recorded the event for it. */
  const onlyDelivery = (endpointId: string) =>
    waitFor(async () => {
      const deliveries = (await endpointOf(admin, endpointId)).deliveries.edges.map((edge) => edge.node);
      if (deliveries.length !== 1)
        throw new Error(`endpoint ${endpointId} has ${deliveries.length} deliveries`);
      return deliveries[0];
    });

  const published = (type: string, match: (data: Record<string, unknown>) => boolean) =>
    probe.messages
      .map((message) => JSON.parse(message.value) as { type: string; data: Record<string, unknown> })
      .filter((event) => event.type === type && match(event.data));

  /** The event a request carried, checked as a receiver would: signature first, then the CloudEvent. */
  function verified(request: ReceivedWebhook, secret: string): ReceivedCloudEvent<Record<string, unknown>> {
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
    );
    new Webhook(secret).verify(request.body, headers);
    return HTTP.toEvent({ headers, body: request.body }) as ReceivedCloudEvent<Record<string, unknown>>;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start([
      'crm.notification.webhook_endpoint.v1',
      'crm.notification.webhook_delivery.v1',
    ]);
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_MANAGER'])));
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
    for (const started of receivers) await started.stop();
  });

  it('refuses a loopback or private target unless configuration allows it, naming the field', async () => {
    const local = await receiver([]);
    for (const url of [
      local.url,
      'http://localhost:9/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://10.0.0.8/hook',
      'http://169.254.169.254/latest',
    ]) {
      const refused = await admin(REGISTER, { input: { url } });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
    const bad = await admin(REGISTER, {
      input: { url: 'ftp://hooks.example.com/', eventTypes: ['crm.nope'], secret: 'hunter2' },
    });
    expect(bad.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.url' }),
        expect.objectContaining({ field: 'input.eventTypes[0]' }),
        expect.objectContaining({ field: 'input.secret' }),
      ]),
    );
    expect(local.received).toEqual([]);
  });

  it('refuses every webhook operation to a non-admin', async () => {
    const local = await receiver([]);
    expect(codesOf(await rep(REGISTER, { input: { url: local.url } }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await rep(`{ webhookEndpoints { edges { node { id } } } }`))).toEqual(['FORBIDDEN']);
    expect(
      codesOf(await rep(`mutation { replayWebhookDelivery(id: "${crypto.randomUUID()}") { id } }`)),
    ).toEqual(['FORBIDDEN']);
  });

  describe('with private targets allowed (the receiver runs on 127.0.0.1)', () => {
    beforeAll(async () => {
      notification = await restartNotification(platform, {
        clock,
        env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_DISABLE_AFTER_FAILURES: '3' },
      });
    });

    let flaky: WebhookReceiver;
    let endpointId: string;
    let secret: string;
    let delivery: DeliveryView;

    it('sends a signed CloudEvent, retries at the backoff times after two 500s, and the third try succeeds', async () => {
      flaky = await receiver([500, 500]);
      ({
        endpoint: { id: endpointId },
        secret,
      } = await registerEndpoint(admin, {
        url: flaky.url,
        eventTypes: [CUSTOMER_CREATED],
        description: 'flaky integration',
      }));
      expect(secret).toMatch(/^whsec_/);
      const customerId = await createCustomer(admin, 'Webhook Flaky GmbH');
      expect((await onlyDelivery(endpointId)).status).toBe('PENDING');

      await runDeliveries();
      delivery = await onlyDelivery(endpointId);
      expect(delivery).toMatchObject({ status: 'PENDING', attemptCount: 1, lastStatusCode: 500 });
      const firstRetryAt = new Date(delivery.nextAttemptAt!);
      const delayMs = firstRetryAt.getTime() - clock.now().getTime();
      expect(delayMs).toBeGreaterThanOrEqual(24_000); // 30 s, less up to 20 % jitter
      expect(delayMs).toBeLessThanOrEqual(30_000);

      // Not due yet: a run now sends nothing.
      await runDeliveries();
      expect(flaky.about(customerId)).toHaveLength(1);

      clock.set(firstRetryAt);
      await runDeliveries();
      delivery = await onlyDelivery(endpointId);
      expect(delivery).toMatchObject({ status: 'PENDING', attemptCount: 2, lastStatusCode: 500 });

      clock.set(new Date(delivery.nextAttemptAt!));
      await runDeliveries();
      delivery = await onlyDelivery(endpointId);
      expect(delivery).toMatchObject({
        status: 'DELIVERED',
        attemptCount: 3,
        lastStatusCode: 204,
        nextAttemptAt: null,
      });
      expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 204]);

      const requests = flaky.about(customerId);
      expect(requests).toHaveLength(3);
      for (const request of requests) {
        expect(request.headers['content-type']).toBe('application/cloudevents+json');
        expect(request.headers['webhook-id']).toBe(delivery.eventId);
        expect(request.headers['webhook-signature']).toMatch(/^v1,/);
        const event = verified(request, secret);
        expect(event).toMatchObject({
          specversion: '1.0',
          id: delivery.eventId,
          type: CUSTOMER_CREATED,
          subject: customerId,
        });
        expect(event.data).toMatchObject({ customerId, name: 'Webhook Flaky GmbH' });
      }
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(
          requests[0].body,
          requests[0].headers as Record<string, string>,
        ),
      ).toThrow();

      await waitFor(() => {
        const data = (d: Record<string, unknown>) => d.deliveryId === delivery.id;
        expect(
          published('crm.notification.webhook_delivery.failed', data).map((e) => e.data.statusCode),
        ).toEqual([500, 500]);
        expect(published('crm.notification.webhook_delivery.delivered', data)).toEqual([
          expect.objectContaining({
            data: expect.objectContaining({ attempt: 3, statusCode: 204, eventType: CUSTOMER_CREATED }),
          }),
        ]);
      });
      const registered = published(
        'crm.notification.webhook_endpoint.registered',
        (d) => d.endpointId === endpointId,
      );
      expect(registered[0]?.data).toEqual(expect.objectContaining({ target: new URL(flaky.url).origin }));
      expect(JSON.stringify(probe.messages.map((message) => message.value))).not.toContain(secret);
    });

    it('replays a delivery on demand, signed with the rotated secret', async () => {
      const { rotateWebhookSecret } = await ok(
        admin<{ rotateWebhookSecret: { secret: string } }>(
          `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
          { id: endpointId },
        ),
      );
      expect(rotateWebhookSecret.secret).not.toBe(secret);
      const before = flaky.received.length;

      const replayed = await replay(admin, delivery.id);
      expect(replayed).toMatchObject({ status: 'DELIVERED', attemptCount: 4, lastStatusCode: 204 });
      expect(flaky.received).toHaveLength(before + 1);
      const request = flaky.received.at(-1)!;
      expect(request.headers['webhook-id']).toBe(delivery.eventId);
      expect(verified(request, rotateWebhookSecret.secret).id).toBe(delivery.eventId);
      expect(() => verified(request, secret)).toThrow();
    });

    it('disables an endpoint after repeated failures and publishes why', async () => {
      const broken = await receiver([], 500);
      const { endpoint } = await registerEndpoint(admin, { url: broken.url, eventTypes: [CUSTOMER_CREATED] });
      const customerId = await createCustomer(admin, 'Webhook Broken GmbH');
      let failing = await onlyDelivery(endpoint.id);
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        if (failing.nextAttemptAt)
          clock.set(new Date(Math.max(clock.now().getTime(), Date.parse(failing.nextAttemptAt))));
        await runDeliveries();
        failing = await onlyDelivery(endpoint.id);
        expect(failing.attemptCount).toBe(attempt);
      }
      expect(failing).toMatchObject({ status: 'FAILED', nextAttemptAt: null, lastStatusCode: 500 });
      expect(await endpointOf(admin, endpoint.id)).toMatchObject({
        enabled: false,
        disabledReason: 'CONSECUTIVE_FAILURES',
        consecutiveFailures: 3,
      });
      expect(broken.about(customerId)).toHaveLength(3);
      await waitFor(() =>
        expect(
          published('crm.notification.webhook_endpoint.disabled', (d) => d.endpointId === endpoint.id),
        ).toEqual([
          expect.objectContaining({
            data: expect.objectContaining({ reason: 'CONSECUTIVE_FAILURES', consecutiveFailures: 3 }),
          }),
        ]),
      );

      // A disabled endpoint gets no new deliveries; the flaky one still does (its third: the first
      // customer's, the broken one's and this one's).
      const laterCustomerId = await createCustomer(admin, 'Webhook Later GmbH');
      await waitFor(async () =>
        expect((await endpointOf(admin, endpointId)).deliveries.edges).toHaveLength(3),
      );
      await runDeliveries();
      expect(flaky.about(laterCustomerId)).toHaveLength(1);
      expect(broken.about(laterCustomerId)).toHaveLength(0);
      expect((await endpointOf(admin, endpoint.id)).deliveries.edges).toHaveLength(1);

      const { enableWebhookEndpoint } = await ok(
        admin<{ enableWebhookEndpoint: { enabled: boolean; consecutiveFailures: number } }>(
          `mutation ($id: ID!) { enableWebhookEndpoint(id: $id) { enabled consecutiveFailures } }`,
          { id: endpoint.id },
        ),
      );
      expect(enableWebhookEndpoint).toEqual({ enabled: true, consecutiveFailures: 0 });
      const { deleteWebhookEndpoint } = await ok(
        admin<{ deleteWebhookEndpoint: string }>(`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, {
          id: endpoint.id,
        }),
      );
      expect(deleteWebhookEndpoint).toBe(endpoint.id);
      expect(
        (
          await ok(
            admin<{ webhookEndpoint: null }>(`query ($id: ID!) { webhookEndpoint(id: $id) { id } }`, {
              id: endpoint.id,
            }),
          )
        ).webhookEndpoint,
      ).toBeNull();
    });
  });
});
