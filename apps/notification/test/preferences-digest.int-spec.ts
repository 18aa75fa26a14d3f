import { randomUUID } from 'node:crypto';
import { buildEvent, parseEvent } from '@crm/events';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type MailCatcher } from '@crm/mail';
import {
  errorOf,
  EventProbe,
  EventPublisher,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { ManualClock } from '@crm/scheduler';
import { DAILY_DIGEST_JOB } from '../src/jobs/daily-digest.job';
import type { RunningNotification } from '../src/notification-subgraph';
import { restartNotification } from './support/notification-restart';

/** Issue 15 §3: a channel per kind, and a daily digest that mails one summary instead of one mail each. */
const PREFERENCES = `{ myNotificationPreferences { dailyDigest version kinds { kind channel isDefault } } }`;
const SET_CHANNEL = `mutation ($kind: NotificationKind!, $channel: NotificationChannel!, $version: Int) {
  setNotificationChannel(kind: $kind, channel: $channel, version: $version) { dailyDigest version kinds { kind channel isDefault } } }`;
const SET_DIGEST = `mutation ($enabled: Boolean!, $version: Int) {
  setNotificationDigest(enabled: $enabled, version: $version) { dailyDigest version } }`;
const INBOX = `{ myNotifications(first: 20) { edges { node { kind subjectId } } } unreadNotificationCount }`;

type Preferences = {
  dailyDigest: boolean;
  version: number;
  kinds: { kind: string; channel: string; isDefault: boolean }[];
};

describe('notification preferences and the daily digest', () => {
  let platform: TestPlatform;
  let notification: RunningNotification;
  let catcher: MailCatcher;
  let probe: EventProbe;
  let publisher: EventPublisher;
  const clock = new ManualClock('2030-03-02T06:00:00Z');
  const danaId = randomUUID();
  const danaEmail = `dana-${danaId}@crm.test`;
  let asDana: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    catcher = await startMailCatcher({ logger: createLogger('test-mail', 'error') });
    notification = await restartNotification(platform, { smtpPort: catcher.port, clock });
    probe = await EventProbe.start(['crm.notification.notification.v1']);
    publisher = await EventPublisher.start();
    await publisher.publish(
      buildEvent('crm.identity.user.created', {
        subject: danaId,
        actor: danaId,
        data: {
          userId: danaId,
          name: 'Dana Digest',
          email: danaEmail,
          roles: ['SALES_REP'],
          teamId: null,
          createdAt: '2030-01-01T00:00:00.000Z',
        },
      }),
    );
    asDana = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'], { userId: danaId })));
  }, 120_000);

  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await catcher?.stop();
    await platform?.stop();
  });

  const createdFor = (userId: string) =>
    probe.messages
      .map((message) => parseEvent(message.value))
      .filter(
        (event) =>
          event.type === 'crm.notification.notification.created' && event.data.recipientId === userId,
      );

  const overdue = (orderId: string, dueDate: string) =>
    buildEvent('crm.sales.order.overdue', {
      subject: orderId,
      actor: danaId,
      time: new Date('2030-03-01T09:00:00Z'),
      data: {
        orderId,
        customerId: randomUUID(),
        ownerId: danaId,
        dueDate,
        total: '1200.00',
        paidAmount: '200.00',
        outstandingBalance: '1000.00',
        currency: 'EUR',
        overdueAt: '2030-03-01T09:00:00.000Z',
      },
    });

  it('shows the defaults, then the user’s choices, version-checked', async () => {
    const before = (await ok(asDana<{ myNotificationPreferences: Preferences }>(PREFERENCES)))
      .myNotificationPreferences;
    expect(before).toMatchObject({ dailyDigest: false, version: 1 });
    expect(before.kinds).toContainEqual({ kind: 'ORDER_OVERDUE', channel: 'BOTH', isDefault: true });
    expect(before.kinds).toHaveLength(9);

    const digest = await ok(
      asDana<{ setNotificationDigest: Preferences }>(SET_DIGEST, { enabled: true, version: 1 }),
    );
    expect(digest.setNotificationDigest).toEqual({ dailyDigest: true, version: 2 });
    expect(
      errorOf(await asDana(SET_CHANNEL, { kind: 'ORDER_OVERDUE', channel: 'EMAIL', version: 1 })),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    const channel = await ok(
      asDana<{ setNotificationChannel: Preferences }>(SET_CHANNEL, {
        kind: 'ORDER_OVERDUE',
        channel: 'EMAIL',
        version: 2,
      }),
    );
    expect(channel.setNotificationChannel.version).toBe(3);
    expect(channel.setNotificationChannel.kinds).toContainEqual({
      kind: 'ORDER_OVERDUE',
      channel: 'EMAIL',
      isDefault: false,
    });
    // The same choice again changes nothing.
    const again = await ok(
      asDana<{ setNotificationChannel: Preferences }>(SET_CHANNEL, {
        kind: 'ORDER_OVERDUE',
        channel: 'EMAIL',
      }),
    );
    expect(again.setNotificationChannel.version).toBe(3);
    expect(errorOf(await asDana(SET_CHANNEL, { kind: 'NO_SUCH_KIND', channel: 'EMAIL' }))).toMatchObject({
      code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/),
    });
  });

  it('keeps email-only kinds out of the inbox and mails digest readers one summary, once', async () => {
    const [first, second, leadId] = [randomUUID(), randomUUID(), randomUUID()];
    await publisher.publish(
      overdue(first, '2030-02-20'),
      overdue(second, '2030-02-25'),
      buildEvent('crm.sales.lead.assigned', {
        subject: leadId,
        actor: danaId,
        data: {
          leadId,
          ownerId: danaId,
          previousOwnerId: null,
          ruleId: null,
          assignedAt: '2030-03-01T09:00:00.000Z',
        },
      }),
    );
    // Each notification's event leaves the outbox after its commit; a mail sent at once would be caught already.
    await waitFor(() => {
      if (createdFor(danaId).length < 3) throw new Error('not all notified yet');
    });
    expect(catcher.mails.filter((mail) => mail.mail.to.includes(danaEmail))).toEqual([]);
    const inbox = await ok(
      asDana<{
        myNotifications: { edges: { node: { kind: string; subjectId: string } }[] };
        unreadNotificationCount: number;
      }>(INBOX),
    );
    expect(inbox.myNotifications.edges.map((edge) => edge.node)).toEqual([
      { kind: 'LEAD_ASSIGNED', subjectId: leadId },
    ]);
    expect(inbox.unreadNotificationCount).toBe(1);

    clock.set('2030-03-02T07:00:00Z');
    const run = await notification.jobs.runNow(DAILY_DIGEST_JOB);
    await notification.jobs.waitForRun(DAILY_DIGEST_JOB, run);
    const digests = catcher.mails.filter((mail) => mail.mail.to.includes(danaEmail));
    expect(digests.map((mail) => mail.mail.subject)).toEqual(['Your CRM digest: 2 notifications']);
    expect(digests[0].mail.text).toContain(`Order ${first}`);
    expect(digests[0].mail.text).toContain(`Order ${second}`);

    const rerun = await notification.jobs.runNow(DAILY_DIGEST_JOB, { again: true });
    await notification.jobs.waitForRun(DAILY_DIGEST_JOB, rerun);
    expect(catcher.mails.filter((mail) => mail.mail.to.includes(danaEmail))).toHaveLength(1);
  });
});
