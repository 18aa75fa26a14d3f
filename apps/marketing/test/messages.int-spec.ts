import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { topicOf, type EventType } from '@crm/events';
import { createLogger } from '@crm/logger';
import { noSuchMailbox, startMailCatcher, type MailCatcher } from '@crm/mail';
import {
  EventProbe,
  errorOf,
  graphqlRequest,
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
import { restartMarketing } from './support/marketing-under-test';
import type { RunningMarketing } from '@crm/marketing';

const EVENTS: EventType[] = [
  'crm.marketing.message_template.created',
  'crm.marketing.message.sent',
  'crm.marketing.message.deferred',
  'crm.marketing.message.suppressed',
  'crm.marketing.message.bounced',
  'crm.marketing.message.delivered',
  'crm.marketing.message.opened',
  'crm.marketing.message.clicked',
  'crm.marketing.message.unsubscribed',
  'crm.customer.customer.consent_changed',
];

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const SET_CONSENT = `mutation ($customerId: ID!, $channel: ConsentChannel!) {
  setConsent(customerId: $customerId, channel: $channel, granted: true, source: "WEB_FORM") { id } }`;
const CREATE_TEMPLATE = `mutation ($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id variables } }`;
const SEND = `mutation ($input: SendMarketingMessageInput!) {
  sendMarketingMessage(input: $input) { id status suppressionReason statusDetail sendAfter address } }`;
const MESSAGE = `query ($id: ID!) { marketingMessage(id: $id) { status openedAt clickedAt deliveredAt } }`;

interface SentMessage {
  id: string;
  status: string;
  suppressionReason: string | null;
  statusDetail: string | null;
  sendAfter: string;
  address: string | null;
}

/** A stand-in SMS provider: an HTTP server that keeps what it is posted and answers as told. */
async function startSmsProvider(answer: (body: string) => number) {
  const posted: { authorization?: string; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      posted.push({ authorization: request.headers.authorization, body });
      response.writeHead(answer(body)).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { posted, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, server };
}

describe('marketing messages: templates, send rules, tracking and unsubscribe (issue 13 §4)', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let catcher: MailCatcher;
  let sms: Awaited<ReturnType<typeof startSmsProvider>>;
  let probe: EventProbe;
  let admin: Send;
  let marketer: Send;
  let emailTemplateId: string;
  // Tomorrow (so after every consent the test grants), at noon UTC: outside the quiet hours (21:00–08:00 UTC).
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const dayAfter = new Date(Date.now() + 48 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const noon = new Date(`${tomorrow}T12:00:00.000Z`);
  const clock = new ManualClock(noon);

  beforeAll(async () => {
    platform = await startPlatform();
    catcher = await startMailCatcher({
      logger: createLogger('marketing-test-mailbox', 'error'),
      acceptRecipient: async (address) => {
        if (address.startsWith('gone@')) throw noSuchMailbox(address);
      },
    });
    sms = await startSmsProvider((body) => (body.includes('+4915100000000') ? 400 : 200));
    const { port } = platform.subgraphs.marketing;
    marketing = await restartMarketing(platform, {
      clock,
      env: {
        SMTP_HOST: catcher.host,
        SMTP_PORT: String(catcher.port),
        MARKETING_PUBLIC_URL: `http://127.0.0.1:${port}`,
        MARKETING_QUIET_HOURS: '21:00-08:00',
        MARKETING_QUIET_HOURS_TIME_ZONE: 'UTC',
        MARKETING_SMS_URL: sms.url,
        MARKETING_SMS_AUTHORIZATION: 'Bearer sms-test',
      },
    });
    probe = await EventProbe.start([...new Set(EVENTS.map((type) => topicOf(type)))]);
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    ({
      createMessageTemplate: { id: emailTemplateId },
    } = await ok(
      marketer<{ createMessageTemplate: { id: string } }>(CREATE_TEMPLATE, {
        input: {
          name: 'Spring offer',
          channel: 'EMAIL',
          subject: 'Spring for {{customerName}}',
          htmlBody:
            '<p>Hello {{customerName}}, {{offer}}: <a href="https://shop.example.com/spring?a=1&b=2">shop</a></p>',
          textBody: 'Hello {{customerName}}, {{offer}}: https://shop.example.com/spring',
        },
      }),
    ));
  });
  afterAll(async () => {
    await probe?.stop();
    await catcher?.stop();
    sms?.server.close();
    await platform?.stop();
  });

  const eventOf = (type: EventType, messageId: string) =>
    waitFor(() => {
      const found = probe.messages
        .map((message) => JSON.parse(message.value))
        .find((event) => event.type === type && event.subject === messageId);
      if (!found) throw new Error(`no ${type} for ${messageId} yet`);
      return found;
    });

  /** A customer marketing knows (its projection has the address and the consent). */
  async function customer(name: string, contact: { email?: string; phone?: string }, consents: string[]) {
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(CREATE_CUSTOMER, {
        input: { kind: 'PERSON', name, ...contact },
      }),
    );
    for (const channel of consents) await ok(admin(SET_CONSENT, { customerId: createCustomer.id, channel }));
    await waitFor(async () => {
      const [row] = await marketing.dataSource.query(
        'SELECT email_consent, sms_consent FROM customer_profiles WHERE customer_id = $1',
        [createCustomer.id],
      );
      expect(row).toBeDefined();
      for (const channel of consents) expect(row[`${channel.toLowerCase()}_consent`]).toBe(true);
    });
    return createCustomer.id;
  }

  const send = (customerId: string, templateId = emailTemplateId, variables: object = { offer: '10% off' }) =>
    ok(
      marketer<{ sendMarketingMessage: SentMessage }>(SEND, { input: { templateId, customerId, variables } }),
    ).then((data) => data.sendMarketingMessage);

  it('sends a consenting customer the rendered mail, with signed click, open and unsubscribe links', async () => {
    const customerId = await customer('Ada Lovelace', { email: 'ada.msg@example.com' }, ['EMAIL']);
    const message = await send(customerId);
    expect(message).toMatchObject({
      status: 'SENT',
      suppressionReason: null,
      address: 'ada.msg@example.com',
    });
    await eventOf('crm.marketing.message.sent', message.id);

    const caught = await catcher.waitForMail((mail) => mail.recipients.includes('ada.msg@example.com'));
    expect(caught.mail.subject).toBe('Spring for Ada Lovelace');
    expect(caught.mail.text).toContain('Hello Ada Lovelace, 10% off');
    expect(caught.raw.toString()).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const html = caught.mail.html ?? '';
    const click = /href="(http:\/\/127\.0\.0\.1:\d+\/m\/c\/[^"]+)"/.exec(html)?.[1];
    const pixel = /src="(http:\/\/127\.0\.0\.1:\d+\/m\/o\/[^"]+)"/.exec(html)?.[1];
    expect(click && pixel).toBeTruthy();

    expect((await fetch(pixel!)).headers.get('content-type')).toBe('image/gif');
    const redirect = await fetch(click!, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('https://shop.example.com/spring?a=1&b=2');
    await eventOf('crm.marketing.message.opened', message.id);
    expect((await eventOf('crm.marketing.message.clicked', message.id)).data.url).toBe(
      'https://shop.example.com/spring?a=1&b=2',
    );
    const { marketingMessage } = await ok(
      marketer<{ marketingMessage: { openedAt: string; clickedAt: string } }>(MESSAGE, { id: message.id }),
    );
    expect(marketingMessage.openedAt && marketingMessage.clickedAt).toBeTruthy();
    // A changed character inside the signature (the last one may only hold padding bits).
    const signatureAt = click!.lastIndexOf('.') + 5;
    const flipped = click![signatureAt] === 'A' ? 'B' : 'A';
    const tampered = click!.slice(0, signatureAt) + flipped + click!.slice(signatureAt + 1);
    expect((await fetch(tampered, { redirect: 'manual' })).status).toBe(404);
  });

  it("feeds a campaign from a list; the campaign's message moves its member to SENT, OPENED and CLICKED", async () => {
    const customerId = await customer('Member Mona', { email: 'mona.msg@example.com' }, ['EMAIL']);
    const { createSegment } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation { createSegment(input: { name: "Spring list", kind: STATIC }) { id } }',
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $ids: [ID!]!) { addToStaticList(segmentId: $id, customerIds: $ids) { id } }',
        {
          id: createSegment.id,
          ids: [customerId],
        },
      ),
    );
    const { createCampaign } = await ok(
      marketer<{ createCampaign: { id: string } }>(
        'mutation { createCampaign(input: { name: "Spring" }) { id } }',
      ),
    );
    const { addSegmentToCampaign } = await ok(
      marketer<{ addSegmentToCampaign: { addedCount: number } }>(
        'mutation ($id: ID!, $segmentId: ID!) { addSegmentToCampaign(campaignId: $id, segmentId: $segmentId) { addedCount } }',
        { id: createCampaign.id, segmentId: createSegment.id },
      ),
    );
    expect(addSegmentToCampaign.addedCount).toBe(1);
    const memberStatus = async () => {
      const { campaign } = await ok(
        marketer<{ campaign: { members: { edges: { node: { status: string } }[] } } }>(
          'query ($id: ID!) { campaign(id: $id) { members { edges { node { status } } } } }',
          { id: createCampaign.id },
        ),
      );
      return campaign.members.edges.map((edge) => edge.node.status);
    };
    expect(await memberStatus()).toEqual(['TARGETED']);

    const sent = await ok(
      marketer<{ sendMarketingMessage: SentMessage }>(SEND, {
        input: {
          templateId: emailTemplateId,
          customerId,
          campaignId: createCampaign.id,
          variables: { offer: 'spring' },
        },
      }),
    );
    expect(sent.sendMarketingMessage.status).toBe('SENT');
    expect(await memberStatus()).toEqual(['SENT']);
    const caught = await catcher.waitForMail((mail) => mail.recipients.includes('mona.msg@example.com'));
    await fetch(/src="(http:\/\/127\.0\.0\.1:\d+\/m\/o\/[^"]+)"/.exec(caught.mail.html ?? '')![1]);
    expect(await memberStatus()).toEqual(['OPENED']);
    await fetch(/href="(http:\/\/127\.0\.0\.1:\d+\/m\/c\/[^"]+)"/.exec(caught.mail.html ?? '')![1], {
      redirect: 'manual',
    });
    expect(await memberStatus()).toEqual(['CLICKED']);
  });

  it('caps a fourth message in seven days and suppresses a customer without consent, saying why', async () => {
    const customerId = await customer('Grace Hopper', { email: 'grace.msg@example.com' }, ['EMAIL']);
    for (let sent = 0; sent < 3; sent += 1) expect((await send(customerId)).status).toBe('SENT');
    const capped = await send(customerId);
    expect(capped).toMatchObject({ status: 'SUPPRESSED', suppressionReason: 'FREQUENCY_CAP' });
    expect((await eventOf('crm.marketing.message.suppressed', capped.id)).data.reason).toBe('FREQUENCY_CAP');

    const silent = await customer('Alan Turing', { email: 'alan.msg@example.com' }, []);
    expect(await send(silent)).toMatchObject({ status: 'SUPPRESSED', suppressionReason: 'NO_CONSENT' });
  });

  it('holds a message due in quiet hours until they end, then sends it', async () => {
    const customerId = await customer('Night Owl', { email: 'owl.msg@example.com' }, ['EMAIL']);
    clock.set(new Date(`${tomorrow}T22:30:00.000Z`));
    const deferred = await send(customerId);
    expect(deferred).toMatchObject({ status: 'DEFERRED', sendAfter: `${dayAfter}T08:00:00.000Z` });
    await eventOf('crm.marketing.message.deferred', deferred.id);

    clock.set(new Date(`${dayAfter}T08:01:00.000Z`));
    const run = await marketing.jobs.runNow('marketing.message-dispatch');
    await marketing.jobs.waitForRun('marketing.message-dispatch', run);
    await eventOf('crm.marketing.message.sent', deferred.id);
    await catcher.waitForMail((mail) => mail.recipients.includes('owl.msg@example.com'));
    clock.set(noon);
  });

  it('unsubscribes from the link without a login: consent is withdrawn and the next send is suppressed', async () => {
    const customerId = await customer('Leaving Larry', { email: 'larry.msg@example.com' }, ['EMAIL']);
    const first = await send(customerId);
    const caught = await catcher.waitForMail((mail) => mail.recipients.includes('larry.msg@example.com'));
    const token = /\/m\/u\/([^\s"<>]+)/.exec(caught.mail.text)?.[1];
    const anonymous = await graphqlRequest<{ unsubscribe: boolean }>(
      platform.gatewayUrl,
      'mutation ($token: String!) { unsubscribe(token: $token) }',
      { token },
    );
    expect(anonymous.data?.unsubscribe).toBe(true);
    await eventOf('crm.marketing.message.unsubscribed', first.id);
    await waitFor(() => {
      const withdrawn = probe.messages
        .map((message) => JSON.parse(message.value))
        .find(
          (event) =>
            event.type === 'crm.customer.customer.consent_changed' &&
            event.data.customerId === customerId &&
            !event.data.granted,
        );
      expect(withdrawn?.data.source).toBe('UNSUBSCRIBE_LINK');
    });
    const next = await send(customerId);
    expect(next.status).toBe('SUPPRESSED');
    expect(['ADDRESS_SUPPRESSED', 'NO_CONSENT']).toContain(next.suppressionReason);

    const forged = await graphqlRequest(
      platform.gatewayUrl,
      'mutation { unsubscribe(token: "not-a-token") }',
      {},
    );
    expect(errorOf(forged)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('suppresses a bounced address from then on, and records delivery reports', async () => {
    const bouncing = await customer('Gone Gary', { email: 'gone@example.com' }, ['EMAIL']);
    const bounced = await send(bouncing);
    expect(bounced.status).toBe('BOUNCED');
    await eventOf('crm.marketing.message.bounced', bounced.id);
    expect(await send(bouncing)).toMatchObject({
      status: 'SUPPRESSED',
      suppressionReason: 'ADDRESS_SUPPRESSED',
    });

    const reader = await customer('Reading Rita', { email: 'rita.msg@example.com' }, ['EMAIL']);
    const sent = await send(reader);
    await ok(
      marketer(
        `mutation ($input: MessageDeliveryReportInput!) { reportMessageDelivery(input: $input) { status } }`,
        {
          input: { messageId: sent.id, delivered: true },
        },
      ),
    );
    await eventOf('crm.marketing.message.delivered', sent.id);
  });

  it('sends SMS through the configured HTTP gateway, and a refused number bounces', async () => {
    const { createMessageTemplate } = await ok(
      marketer<{ createMessageTemplate: { id: string } }>(CREATE_TEMPLATE, {
        input: { name: 'SMS flash sale', channel: 'SMS', textBody: 'Flash sale today, {{customerName}}!' },
      }),
    );
    const texter = await customer('Texting Tom', { phone: '+4915112345678' }, ['SMS']);
    const sent = await send(texter, createMessageTemplate.id, {});
    expect(sent.status).toBe('SENT');
    const posted = sms.posted.find((request) => request.body.includes('+4915112345678'));
    expect(posted?.authorization).toBe('Bearer sms-test');
    expect(JSON.parse(posted!.body)).toMatchObject({
      to: '+4915112345678',
      text: expect.stringContaining('Flash sale today, Texting Tom!'),
    });

    const unreachable = await customer('Wrong Number', { phone: '+4915100000000' }, ['SMS']);
    expect((await send(unreachable, createMessageTemplate.id, {})).status).toBe('BOUNCED');
  });

  it("erases the customer's addresses and message text, keeping what happened", async () => {
    const customerId = await customer('Erased Erin', { email: 'erin.msg@example.com' }, ['EMAIL']);
    const sent = await send(customerId);
    expect(sent.status).toBe('SENT');
    await ok(admin('mutation ($id: ID!) { eraseCustomer(id: $id) { id } }', { id: customerId }));
    await waitFor(async () => {
      const { marketingMessage } = await ok(
        marketer<{
          marketingMessage: {
            status: string;
            address: string | null;
            subject: string | null;
            textBody: string | null;
          };
        }>('query ($id: ID!) { marketingMessage(id: $id) { status address subject textBody } }', {
          id: sent.id,
        }),
      );
      expect(marketingMessage).toEqual({ status: 'SENT', address: null, subject: null, textBody: null });
    });
    expect(await send(customerId)).toMatchObject({
      status: 'SUPPRESSED',
      suppressionReason: 'CUSTOMER_ERASED',
    });
  });

  it('refuses bad templates and missing variables with the field, and a sales rep cannot send', async () => {
    const badTemplate = await marketer(CREATE_TEMPLATE, {
      input: { name: 'Broken', channel: 'EMAIL', subject: 'Hi', textBody: 'Hello {{#if}}' },
    });
    expect(errorOf(badTemplate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.textBody' });
    const customerId = await customer('Vera Variable', { email: 'vera.msg@example.com' }, ['EMAIL']);
    const missing = await marketer(SEND, {
      input: { templateId: emailTemplateId, customerId, variables: {} },
    });
    expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.variables.offer' });
    const rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
    const forbidden = await rep(SEND, {
      input: { templateId: emailTemplateId, customerId, variables: { offer: 'x' } },
    });
    expect(errorOf(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
