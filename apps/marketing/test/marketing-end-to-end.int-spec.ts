import { topicOf, type EventType } from '@crm/events';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type MailCatcher } from '@crm/mail';
import type { RunningMarketing } from '@crm/marketing';
import {
  EventProbe,
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

const EVENTS: EventType[] = [
  'crm.marketing.segment.member_added',
  'crm.marketing.journey.entered',
  'crm.marketing.message.sent',
  'crm.marketing.message.opened',
  'crm.marketing.message.clicked',
  'crm.marketing.message.suppressed',
  'crm.marketing.loyalty.points_earned',
  'crm.customer.customer.consent_changed',
];
const DAY = 24 * 3_600_000;
const RUNNER = 'marketing.journey-runner';
const SEND = `mutation ($input: SendMarketingMessageInput!) {
  sendMarketingMessage(input: $input) { id status suppressionReason } }`;

/**
 * Issue 13's "what it must show", in one story through the gateway, real SMTP and Kafka: a dynamic
 * segment feeds a campaign, a journey mails its member, the open and click are recorded, a lead
 * from the response converts and pays, loyalty points land once, the unsubscribed customer's next
 * message is suppressed, and a fourth message in seven days is capped.
 */
describe('marketing end to end: segment → campaign → journey → response → lead → payment → loyalty', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let catcher: MailCatcher;
  let probe: EventProbe;
  let admin: Send;
  let marketer: Send;
  // Tomorrow at noon UTC: after every consent the test grants, outside any quiet hours.
  const clock = new ManualClock(
    new Date(`${new Date(Date.now() + DAY).toISOString().slice(0, 10)}T12:00:00Z`),
  );

  beforeAll(async () => {
    platform = await startPlatform();
    catcher = await startMailCatcher({ logger: createLogger('marketing-e2e-mailbox', 'error') });
    marketing = await restartMarketing(platform, {
      clock,
      env: {
        SMTP_HOST: catcher.host,
        SMTP_PORT: String(catcher.port),
        MARKETING_PUBLIC_URL: `http://127.0.0.1:${platform.subgraphs.marketing.port}`,
      },
    });
    probe = await EventProbe.start([...new Set(EVENTS.map((type) => topicOf(type)))]);
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    await archiveLiveJourneys();
  });
  afterAll(async () => {
    await probe?.stop();
    await catcher?.stop();
    await platform?.stop();
  });

  /** Journeys other test files of this worker left live would mail our customers too (and count against the cap). */
  async function archiveLiveJourneys(): Promise<void> {
    const { journeys } = await ok(
      marketer<{ journeys: { edges: { node: { id: string; version: number; status: string } }[] } }>(
        '{ journeys(first: 200) { edges { node { id version status } } } }',
      ),
    );
    for (const { node } of journeys.edges.filter((edge) => edge.node.status === 'ACTIVE')) {
      await ok(
        marketer(
          'mutation ($id: ID!, $version: Int!) { archiveJourney(id: $id, version: $version) { id } }',
          node,
        ),
      );
    }
  }

  const published = (type: EventType, match: (data: Record<string, unknown>) => boolean) =>
    waitFor(() => {
      const found = probe.messages
        .map((message) => JSON.parse(message.value))
        .filter((event) => event.type === type && match(event.data));
      expect(found.length).toBeGreaterThan(0);
      return found;
    });

  /** A won deal for the customer, ordered and paid in full now. */
  async function purchase(customerId: string, amount: string): Promise<string> {
    const { createOpportunity } = await ok(
      admin<{ createOpportunity: { id: string; version: number } }>(
        'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }',
        { input: { customerId, name: `Order of ${amount}`, amount, currency: 'EUR' } },
      ),
    );
    await ok(
      admin(
        'mutation ($id: ID!, $version: Int!) { winOpportunity(id: $id, version: $version, reason: "Signed") { id } }',
        createOpportunity,
      ),
    );
    const { placeOrder } = await ok(
      admin<{ placeOrder: { id: string } }>(
        'mutation ($id: ID!) { placeOrder(input: { opportunityId: $id }) { id } }',
        { id: createOpportunity.id },
      ),
    );
    const { recordPayment } = await ok(
      admin<{ recordPayment: { id: string } }>(
        'mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }',
        { input: { orderId: placeOrder.id, amount, currency: 'EUR', receivedAt: new Date().toISOString() } },
      ),
    );
    return recordPayment.id;
  }

  const sendTo = (customerId: string, templateId: string) =>
    ok(
      marketer<{ sendMarketingMessage: { id: string; status: string; suppressionReason: string | null } }>(
        SEND,
        {
          input: { templateId, customerId, variables: {} },
        },
      ),
    ).then((data) => data.sendMarketingMessage);

  it('runs the whole loop, each effect once', async () => {
    // A tier A customer in EMEA who consents to email: three paid orders over 100 000 EUR.
    const { createCustomer: erika } = await ok(
      admin<{ createCustomer: { id: string } }>(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { kind: 'PERSON', name: 'Erika Endtoend', email: 'erika.e2e@example.com', region: 'EMEA' } },
      ),
    );
    await ok(
      admin(
        'mutation ($id: ID!) { setConsent(customerId: $id, channel: EMAIL, granted: true, source: "WEB_FORM") { id } }',
        { id: erika.id },
      ),
    );
    for (const amount of ['40000', '35000', '30000']) await purchase(erika.id, amount);
    await waitFor(async () => {
      const { customer } = await ok(
        admin<{ customer: { tier: string } }>('query ($id: ID!) { customer(id: $id) { tier } }', {
          id: erika.id,
        }),
      );
      expect(customer.tier).toBe('A');
    });

    // The segment finds her as the tier change arrives; the campaign takes its members.
    const { createSegment: segment } = await ok(
      marketer<{ createSegment: { id: string } }>(
        'mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { id } }',
        {
          input: {
            name: 'E2E tier A customers in EMEA who consent to email',
            kind: 'DYNAMIC',
            rule: {
              combinator: 'AND',
              conditions: [
                { field: 'tier', operator: 'eq', value: 'A' },
                { field: 'region', operator: 'eq', value: 'EMEA' },
                { field: 'emailConsent', operator: 'eq', value: true },
              ],
            },
          },
        },
      ),
    );
    await waitFor(async () => {
      const { customer } = await ok(
        marketer<{ customer: { segments: { id: string }[] } }>(
          'query ($id: ID!) { customer(id: $id) { segments { id } } }',
          { id: erika.id },
        ),
      );
      const [profile] = await marketing.dataSource.query(
        'SELECT tier, region, email_consent FROM customer_profiles WHERE customer_id = $1',
        [erika.id],
      );
      expect({ profile, segments: customer.segments.map((member) => member.id) }).toEqual({
        profile,
        segments: expect.arrayContaining([segment.id]),
      });
    });
    const { createCampaign: campaign } = await ok(
      marketer<{ createCampaign: { id: string } }>(
        'mutation { createCampaign(input: { name: "E2E spring offer" }) { id } }',
      ),
    );
    const { addSegmentToCampaign } = await ok(
      marketer<{ addSegmentToCampaign: { addedCount: number } }>(
        'mutation ($id: ID!, $segmentId: ID!) { addSegmentToCampaign(campaignId: $id, segmentId: $segmentId) { addedCount } }',
        { id: campaign.id, segmentId: segment.id },
      ),
    );
    expect(addSegmentToCampaign.addedCount).toBeGreaterThanOrEqual(1);
    const memberStatus = async () => {
      const { campaign: read } = await ok(
        marketer<{
          campaign: { members: { edges: { node: { customer: { id: string } | null; status: string } }[] } };
        }>(
          'query ($id: ID!) { campaign(id: $id) { members(first: 200) { edges { node { customer { id } status } } } } }',
          { id: campaign.id },
        ),
      );
      return read.members.edges.find((edge) => edge.node.customer?.id === erika.id)?.node.status;
    };
    expect(await memberStatus()).toBe('TARGETED');

    // A journey on the segment sends the campaign's mail; it arrives over SMTP.
    const { createMessageTemplate: template } = await ok(
      marketer<{ createMessageTemplate: { id: string } }>(
        `mutation { createMessageTemplate(input: { name: "E2E offer", channel: EMAIL, subject: "An offer for {{customerName}}",
           textBody: "Hello {{customerName}}", htmlBody: "<p>Hello {{customerName}}, <a href=\\"https://shop.example.com/offer\\">see the offer</a></p>" }) { id } }`,
      ),
    );
    const { createJourney: journey } = await ok(
      marketer<{ createJourney: { id: string; version: number } }>(
        'mutation ($input: JourneyInput!) { createJourney(input: $input) { id version } }',
        {
          input: {
            name: 'E2E offer to tier A',
            definition: {
              trigger: { kind: 'SCHEDULE', cron: '0 * * * *', segmentId: segment.id },
              steps: [{ id: 'offer', kind: 'SEND', templateId: template.id, campaignId: campaign.id }],
            },
          },
        },
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $version: Int!) { publishJourney(id: $id, version: $version) { id } }',
        journey,
      ),
    );
    clock.advance(DAY / 24); // 13:00, the schedule's first slot after its publication
    const runId = await marketing.jobs.runNow(RUNNER);
    await marketing.jobs.waitForRun(RUNNER, runId);
    const [sent] = await published(
      'crm.marketing.message.sent',
      (data) => data.customerId === erika.id && data.campaignId === campaign.id,
    );
    const caught = await catcher.waitForMail((mail) => mail.recipients.includes('erika.e2e@example.com'));
    expect(caught.mail.subject).toBe('An offer for Erika Endtoend');
    await waitFor(async () => expect(await memberStatus()).toBe('SENT'));

    // She opens it and clicks: both are responses, and her membership follows.
    const html = caught.mail.html ?? '';
    await fetch(/src="(http:\/\/127\.0\.0\.1:\d+\/m\/o\/[^"]+)"/.exec(html)![1]);
    const click = await fetch(/href="(http:\/\/127\.0\.0\.1:\d+\/m\/c\/[^"]+)"/.exec(html)![1], {
      redirect: 'manual',
    });
    expect(click.headers.get('location')).toBe('https://shop.example.com/offer');
    await published('crm.marketing.message.opened', (data) => data.messageId === sent.data.messageId);
    await published('crm.marketing.message.clicked', (data) => data.messageId === sent.data.messageId);
    expect(await memberStatus()).toBe('CLICKED');

    // The landing page's form makes a lead from the campaign; it converts and pays.
    const { createLoyaltyProgramme: programme } = await ok(
      marketer<{ createLoyaltyProgramme: { id: string } }>(
        'mutation { createLoyaltyProgramme(input: { name: "E2E rewards", currency: "EUR", pointsPerUnit: "1", levelBasis: POINTS, autoEnroll: false }) { id } }',
      ),
    );
    const { createLead } = await ok(
      admin<{ createLead: { id: string } }>(
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
        {
          input: {
            firstName: 'Felix',
            lastName: 'Friend',
            email: 'felix.e2e@example.com',
            source: 'CAMPAIGN',
            sourceCampaignId: campaign.id,
          },
        },
      ),
    );
    await ok(
      admin('mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: CALL }) { id } }', {
        id: createLead.id,
      }),
    );
    await ok(admin('mutation ($id: ID!) { qualifyLead(id: $id) { id } }', { id: createLead.id }));
    const { convertLead } = await ok(
      admin<{ convertLead: { customerId: string } }>(
        'mutation ($id: ID!) { convertLead(id: $id) { customerId } }',
        {
          id: createLead.id,
        },
      ),
    );
    const felix = convertLead.customerId;
    await waitFor(async () => {
      const { customer } = await ok(
        admin<{ customer: { id: string } | null }>('query ($id: ID!) { customer(id: $id) { id } }', {
          id: felix,
        }),
      );
      expect(customer?.id).toBe(felix);
    });
    await ok(
      marketer('mutation ($p: ID!, $c: ID!) { enrollCustomer(programmeId: $p, customerId: $c) { id } }', {
        p: programme.id,
        c: felix,
      }),
    );
    const paymentId = await purchase(felix, '250.75');
    const earned = await published(
      'crm.marketing.loyalty.points_earned',
      (data) => data.customerId === felix && data.programmeId === programme.id,
    );
    expect(earned).toHaveLength(1);
    expect(earned[0].data).toMatchObject({ programmeId: programme.id, points: 250, paymentId });
    const { customer: felixRead } = await ok(
      marketer<{ customer: { loyalty: { balance: number } | null } }>(
        'query ($id: ID!) { customer(id: $id) { loyalty { balance } } }',
        { id: felix },
      ),
    );
    expect(felixRead.loyalty?.balance).toBe(250);
    await waitFor(async () => {
      const { campaign: read } = await ok(
        marketer<{
          campaign: { performance: { convertedLeads: number; lastTouch: { revenue: { amount: string } } } };
        }>(
          'query ($id: ID!) { campaign(id: $id) { performance { convertedLeads lastTouch { revenue { amount currency } } } } }',
          { id: campaign.id },
        ),
      );
      expect(read.performance).toMatchObject({
        convertedLeads: 1,
        lastTouch: { revenue: { amount: '250.75', currency: 'EUR' } },
      });
    });

    // Two more messages this week are allowed; the fourth in seven days is capped.
    expect((await sendTo(erika.id, template.id)).status).toBe('SENT');
    expect((await sendTo(erika.id, template.id)).status).toBe('SENT');
    expect(await sendTo(erika.id, template.id)).toMatchObject({
      status: 'SUPPRESSED',
      suppressionReason: 'FREQUENCY_CAP',
    });

    // She unsubscribes from the first mail's link; a week later the next send is suppressed for that.
    const token = /\/m\/u\/([^\s"<>]+)/.exec(caught.mail.text)![1];
    const unsubscribed = await graphqlRequest<{ unsubscribe: boolean }>(
      platform.gatewayUrl,
      'mutation ($token: String!) { unsubscribe(token: $token) }',
      { token },
    );
    expect(unsubscribed.data?.unsubscribe).toBe(true);
    await published(
      'crm.customer.customer.consent_changed',
      (data) => data.customerId === erika.id && data.granted === false,
    );
    await waitFor(async () => {
      const [profile] = await marketing.dataSource.query(
        'SELECT email_consent FROM customer_profiles WHERE customer_id = $1',
        [erika.id],
      );
      expect(profile.email_consent).toBe(false);
    });
    clock.advance(8 * DAY);
    const afterUnsubscribe = await sendTo(erika.id, template.id);
    expect(afterUnsubscribe.status).toBe('SUPPRESSED');
    expect(['NO_CONSENT', 'ADDRESS_SUPPRESSED']).toContain(afterUnsubscribe.suppressionReason);
    const [suppressed] = await published(
      'crm.marketing.message.suppressed',
      (data) => data.messageId === afterUnsubscribe.id,
    );
    expect(suppressed.data.reason).toBe(afterUnsubscribe.suppressionReason);
  });
});
