import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent, parseEvent, type CloudEventOf } from '@crm/events';
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
import {
  createCustomer,
  createProgramme,
  enrol,
  LOYALTY_TOPICS,
  loyaltyWhen,
  paymentReceived,
  published,
  publishedWhen,
} from './support/loyalty-fixtures';

type Recorded = CloudEventOf<'crm.marketing.referral.recorded'>;

/** Issue 13 §6: referral codes, referrals from created customers and leads, rewards on first payment. */
describe('referrals', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let admin: Send;
  let marketer: Send;
  let referrerId: string;
  let code: string;

  const STATS = `query ($id: ID!) { referralStats(customerId: $id) { code referred refused rewarded points } }`;
  const statsOf = async (customerId: string) =>
    (
      await ok(
        marketer<{ referralStats: Record<string, unknown> }>(STATS, {
          id: customerId,
        }),
      )
    ).referralStats;

  /** The referral of `referred` (a customer or lead id) as Kafka saw it last. */
  const referralOf = (referred: string) =>
    waitFor(() => {
      // parseEvent checks each against its catalogue schema.
      const events = probe.messages
        .map((message) => parseEvent(message.value))
        .filter((event): event is Recorded => event.type === 'crm.marketing.referral.recorded')
        .filter(
          (event) => event.data.referredCustomerId === referred || event.data.referredLeadId === referred,
        );
      if (!events.length) throw new Error(`no referral.recorded for ${referred} yet`);
      return events.at(-1)!.data;
    });

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(LOYALTY_TOPICS);
    publisher = await EventPublisher.start();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    const programmeId = await createProgramme(marketer, { referralRewardPoints: 250 });
    referrerId = await createCustomer(admin, { email: 'ana.referrer@example.com', phone: '+33612345678' });
    await enrol(marketer, programmeId, referrerId);
    const { customer } = await ok(
      marketer<{ customer: { referralCode: string } }>(
        `query ($id: ID!) { customer(id: $id) { referralCode } }`,
        {
          id: referrerId,
        },
      ),
    );
    code = customer.referralCode;
    // Marketing must know the referrer's contacts before judging referred customers against them.
    await waitFor(async () => {
      const rows: unknown[] = await platform.subgraphs.marketing.dataSource.query(
        'SELECT 1 FROM referral_customers WHERE customer_id = $1 AND email_hash IS NOT NULL',
        [referrerId],
      );
      if (!rows.length) throw new Error('marketing has not seen the referrer yet');
    });
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  it('gives each member a short unguessable code', () => {
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
  });

  it('records a customer created with the code and rewards the referrer once, on the first payment', async () => {
    const spelled = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const referredId = await createCustomer(admin, { name: 'Bo Referred', referralCode: spelled });
    const recorded = await referralOf(referredId);
    expect(recorded).toMatchObject({ referrerCustomerId: referrerId, status: 'RECORDED', refusal: null });

    const first = paymentReceived(referredId, '80');
    await publisher.publish(first, first, paymentReceived(referredId, '90'));
    const [rewarded] = await publishedWhen(probe, 'crm.marketing.referral.rewarded', recorded.referralId);
    expect(rewarded.data).toMatchObject({
      referrerCustomerId: referrerId,
      referredCustomerId: referredId,
      paymentId: first.data.paymentId,
      points: 250,
    });
    const referrer = await loyaltyWhen(marketer, referrerId, (member) => expect(member.balance).toBe(250));
    expect(referrer.history.edges[0].node).toMatchObject({ kind: 'REFERRAL_REWARD', points: 250 });
    const [earned] = await publishedWhen(probe, 'crm.marketing.loyalty.points_earned', referrer.id);
    expect(earned.data).toMatchObject({ source: 'REFERRAL', referralId: recorded.referralId, points: 250 });
    await waitFor(async () =>
      expect(await statsOf(referrerId)).toMatchObject({ code, rewarded: 1, points: 250 }),
    );
    expect(published(probe, 'crm.marketing.referral.rewarded', recorded.referralId)).toHaveLength(1);
  });

  it('rewards a referral whose first payment arrived before the customer was known', async () => {
    const referredId = newId();
    const payment = paymentReceived(referredId, '50');
    await publisher.publish(payment);
    await waitFor(async () => {
      const rows: unknown[] = await platform.subgraphs.marketing.dataSource.query(
        'SELECT 1 FROM referral_customers WHERE customer_id = $1 AND first_payment_id IS NOT NULL',
        [referredId],
      );
      if (!rows.length) throw new Error('payment not applied yet');
    });
    await publisher.publish(
      buildEvent('crm.customer.customer.created', {
        subject: referredId,
        actor: 'system',
        data: {
          customerId: referredId,
          kind: 'PERSON',
          name: 'Late Known',
          email: null,
          phone: null,
          ownerId: null,
          lifecycleStage: 'PROSPECT',
          createdAt: new Date().toISOString(),
          referralCode: code,
        },
      }),
    );
    const recorded = await referralOf(referredId);
    const [rewarded] = await publishedWhen(probe, 'crm.marketing.referral.rewarded', recorded.referralId);
    expect(rewarded.data).toMatchObject({
      referredCustomerId: referredId,
      paymentId: payment.data.paymentId,
    });
  });

  it("refuses a referred customer with the referrer's email or phone, and rewards nothing", async () => {
    const sameEmail = await createCustomer(admin, { email: 'ANA.referrer@example.com', referralCode: code });
    const samePhone = await createCustomer(admin, { phone: '+33612345678', referralCode: code });
    expect(await referralOf(sameEmail)).toMatchObject({ status: 'REFUSED', refusal: 'SAME_EMAIL' });
    expect(await referralOf(samePhone)).toMatchObject({ status: 'REFUSED', refusal: 'SAME_PHONE' });
    await publisher.publish(paymentReceived(sameEmail, '500'));
    await waitFor(async () => {
      const rows: unknown[] = await platform.subgraphs.marketing.dataSource.query(
        'SELECT 1 FROM referral_customers WHERE customer_id = $1 AND first_payment_id IS NOT NULL',
        [sameEmail],
      );
      if (!rows.length) throw new Error('payment not applied yet');
    });
    expect(await statsOf(referrerId)).toMatchObject({ refused: 2 });
    expect(await referralOf(sameEmail)).toMatchObject({ status: 'REFUSED' });
  });

  it('keeps a lead’s referral through conversion, judged on the new customer', async () => {
    const { createLead } = await ok(
      admin<{ createLead: { id: string } }>(
        `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        { input: { firstName: 'Cy', lastName: 'Lead', source: 'REFERRAL', referralCode: code } },
      ),
    );
    expect(await referralOf(createLead.id)).toMatchObject({
      referredLeadId: createLead.id,
      referredCustomerId: null,
      status: 'RECORDED',
    });
    await ok(
      admin(
        `mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: CALL, note: "Intro" }) { id } }`,
        { id: createLead.id },
      ),
    );
    await ok(admin(`mutation ($id: ID!) { qualifyLead(id: $id) { id } }`, { id: createLead.id }));
    const { convertLead } = await ok(
      admin<{ convertLead: { customerId: string } }>(
        `mutation ($id: ID!) { convertLead(id: $id) { customerId } }`,
        { id: createLead.id },
      ),
    );
    await waitFor(async () =>
      expect(await referralOf(convertLead.customerId)).toMatchObject({
        referredLeadId: createLead.id,
        status: 'RECORDED',
      }),
    );

    // A lead converted into the referrer themselves (a duplicate later merged, say) is a self-referral.
    const leadId = newId();
    await publisher.publish(
      buildEvent('crm.sales.lead.created', {
        subject: leadId,
        actor: 'system',
        data: {
          leadId,
          firstName: 'Ana',
          lastName: 'Again',
          companyName: null,
          industry: null,
          region: null,
          source: 'REFERRAL',
          sourceCampaignId: null,
          ownerId: null,
          score: 10,
          createdAt: new Date().toISOString(),
          referralCode: code,
        },
      }),
      buildEvent('crm.sales.lead.converted', {
        subject: leadId,
        actor: 'system',
        data: {
          leadId,
          customerId: referrerId,
          customerKind: 'PERSON',
          customerName: 'Ana Again',
          email: null,
          phone: null,
          industry: null,
          region: null,
          source: 'REFERRAL',
          ownerId: null,
          contact: null,
          opportunityId: null,
          convertedAt: new Date().toISOString(),
        },
      }),
    );
    await waitFor(async () =>
      expect(await referralOf(leadId)).toMatchObject({ status: 'REFUSED', refusal: 'SELF_REFERRAL' }),
    );
  });

  it('refuses a malformed code on the field; an unknown code records nothing', async () => {
    const bad = await admin(
      `mutation { createCustomer(input: { kind: PERSON, name: "X", referralCode: "no!" }) { id } }`,
    );
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referralCode' });
    const badLead = await admin(
      `mutation { createLead(input: { firstName: "X", lastName: "Y", source: MANUAL, referralCode: "?" }) { id } }`,
    );
    expect(errorOf(badLead)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referralCode' });
    const stranger = await createCustomer(admin, {
      referralCode: `ZZ${randomUUID().slice(0, 8)}`.replace(/-/g, ''),
    });
    await waitFor(async () => {
      const rows: unknown[] = await platform.subgraphs.marketing.dataSource.query(
        'SELECT 1 FROM referral_customers WHERE customer_id = $1',
        [stranger],
      );
      if (!rows.length) throw new Error('marketing has not seen the customer yet');
    });
    const rows: unknown[] = await platform.subgraphs.marketing.dataSource.query(
      'SELECT 1 FROM referrals WHERE referred_customer_id = $1',
      [stranger],
    );
    expect(rows).toEqual([]);
  });
});
