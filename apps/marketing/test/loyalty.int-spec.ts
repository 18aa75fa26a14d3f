import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent } from '@crm/events';
import { ManualClock } from '@crm/scheduler';
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
import { LOYALTY_EXPIRY_JOB } from '../src/jobs/loyalty-expiry.job';
import type { RunningMarketing } from '../src/marketing-subgraph';
import {
  createCustomer,
  createProgramme,
  enrol,
  LEVELS,
  LOYALTY_TOPICS,
  loyaltyOf,
  loyaltyWhen,
  paymentReceived,
  published,
  publishedWhen,
} from './support/loyalty-fixtures';
import { restartMarketing } from './support/marketing-under-test';

/** Issue 13 §5 through the gateway, Kafka and the marketing clock. */
describe('loyalty programmes, points and levels', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let admin: Send;
  let marketer: Send;
  let rep: Send;
  /** Reads every customer's loyalty (support reads all customers; a rep only their own). */
  let reader: Send;
  const clock = new ManualClock(new Date('2026-01-01T09:00:00.000Z'));

  beforeAll(async () => {
    platform = await startPlatform();
    marketing = await restartMarketing(platform, { clock });
    probe = await EventProbe.start(LOYALTY_TOPICS);
    publisher = await EventPublisher.start();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    rep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
    reader = sender(platform.gatewayUrl, await tokenFor(person(['SUPPORT_AGENT'])));
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  it('creates a programme, announces it, and names each invalid field', async () => {
    const bad = await marketer(
      `mutation ($input: CreateLoyaltyProgrammeInput!) { createLoyaltyProgramme(input: $input) { id } }`,
      {
        input: {
          name: 'Broken',
          currency: 'EUR',
          pointsPerUnit: '-1',
          levelBasis: 'POINTS',
          levels: [LEVELS[1], LEVELS[0]],
        },
      },
    );
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pointsPerUnit' });
    expect(bad.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'input.levels[1].threshold' })]),
    );

    const programmeId = await createProgramme(marketer, { name: 'Announced rewards', autoEnroll: false });
    const [created] = await publishedWhen(probe, 'crm.marketing.loyalty.programme_created', programmeId);
    expect(created.data).toMatchObject({
      name: 'Announced rewards',
      currency: 'EUR',
      pointsPerUnit: '1',
      levels: LEVELS,
      pointsExpiryMonths: 12,
      autoEnroll: false,
      referralRewardPoints: 250,
    });
    const refused = await rep(
      `mutation { createLoyaltyProgramme(input: { name: "x", currency: "EUR", pointsPerUnit: "1", levelBasis: POINTS }) { id } }`,
    );
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN' });
    const read = await ok(
      rep<{ loyaltyProgramme: { name: string } }>(`query ($id: ID!) { loyaltyProgramme(id: $id) { name } }`, {
        id: programmeId,
      }),
    );
    expect(read.loyaltyProgramme.name).toBe('Announced rewards');
  });

  it('earns floor(amount × rate × level multiplier) once per payment, and nothing in another currency', async () => {
    const programmeId = await createProgramme(marketer);
    const customerId = await createCustomer(admin);
    const memberId = await enrol(marketer, programmeId, customerId);
    const again = await marketer(
      `mutation ($p: ID!, $c: ID!) { enrollCustomer(programmeId: $p, customerId: $c) { id } }`,
      {
        p: programmeId,
        c: customerId,
      },
    );
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
    const [enrolled] = await publishedWhen(probe, 'crm.marketing.loyalty.member_enrolled', memberId);
    expect(enrolled.data).toMatchObject({ customerId, programmeId, level: 'Silver', automatic: false });

    // 1000.99 EUR at Silver (×1): 1000 points, which reach Gold.
    const first = paymentReceived(customerId, '1000.99', { receivedAt: '2026-01-10T10:00:00.000Z' });
    await publisher.publish(first, first);
    // The same payment replayed under a new event id earns nothing either: the ledger is unique by payment.
    await publisher.publish(
      buildEvent('crm.sales.payment.received', { subject: first.subject, actor: 'system', data: first.data }),
    );
    await loyaltyWhen(reader, customerId, (member) => expect(member.level?.name).toBe('Gold'));
    // At Gold (×1.5): 200.50 EUR earns floor(300.75) = 300. A USD payment earns nothing, and says why.
    // (One after the other: keyed by payment, two payments may be applied in either order.)
    await publisher.publish(
      paymentReceived(customerId, '200.50', { receivedAt: '2026-02-10T10:00:00.000Z' }),
    );
    await loyaltyWhen(reader, customerId, (view) => expect(view.balance).toBe(1300));
    await publisher.publish(
      paymentReceived(customerId, '999', { currency: 'USD', receivedAt: '2026-02-11T10:00:00.000Z' }),
    );
    const member = await loyaltyWhen(reader, customerId, (view) =>
      expect(view.history.edges).toHaveLength(3),
    );
    expect(member).toMatchObject({
      balance: 1300,
      lifetimePoints: 1300,
      level: { quoteDiscountPercent: '5' },
    });
    expect(member.history.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({
        kind: 'NOT_EARNED',
        points: 0,
        balanceAfter: 1300,
        amount: { amount: '999.00', currency: 'USD' },
        reason: 'paid in USD; this programme earns points on EUR payments only',
      }),
      expect.objectContaining({
        kind: 'EARNED',
        points: 300,
        multiplier: '1.5',
        expiresAt: '2027-02-10T10:00:00.000Z',
      }),
      expect.objectContaining({
        kind: 'EARNED',
        points: 1000,
        multiplier: '1',
        paymentId: first.data.paymentId,
      }),
    ]);

    const earned = await publishedWhen(probe, 'crm.marketing.loyalty.points_earned', memberId, 2);
    expect(earned.map((event) => [event.data.points, event.data.balance, event.data.source])).toEqual([
      [1000, 1000, 'PAYMENT'],
      [300, 1300, 'PAYMENT'],
    ]);
    const [gold] = await publishedWhen(probe, 'crm.marketing.loyalty.level_changed', memberId, 2).then(
      (events) => events.filter((event) => event.data.level === 'Gold'),
    );
    expect(gold.data).toMatchObject({ previousLevel: 'Silver', quoteDiscountPercent: '5', customerId });
    expect(published(probe, 'crm.marketing.loyalty.points_earned', memberId)).toHaveLength(2);
  });

  it("multiplies points by a campaign's bonus for payments in its window", async () => {
    const programmeId = await createProgramme(marketer);
    const { createCampaign } = await ok(
      marketer<{ createCampaign: { id: string } }>(
        `mutation { createCampaign(input: { name: "Double January" }) { id } }`,
      ),
    );
    const ADD = `mutation ($input: AddLoyaltyCampaignBonusInput!) {
      addLoyaltyCampaignBonus(input: $input) { campaignBonuses { campaign { name } pointsMultiplier startsOn endsOn } }
    }`;
    const bonus = {
      programmeId,
      campaignId: createCampaign.id,
      pointsMultiplier: '2',
      startsOn: '2026-01-01',
      endsOn: '2026-01-31',
    };
    const backwards = await marketer(ADD, { input: { ...bonus, endsOn: '2025-12-31' } });
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    const unknown = await marketer(ADD, { input: { ...bonus, campaignId: programmeId } });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'input.campaignId' });
    const added = await ok(
      marketer<{ addLoyaltyCampaignBonus: { campaignBonuses: unknown[] } }>(ADD, { input: bonus }),
    );
    expect(added.addLoyaltyCampaignBonus.campaignBonuses).toEqual([
      {
        campaign: { name: 'Double January' },
        pointsMultiplier: '2',
        startsOn: '2026-01-01',
        endsOn: '2026-01-31',
      },
    ]);

    const customerId = await createCustomer(admin);
    const memberId = await enrol(marketer, programmeId, customerId);
    await publisher.publish(
      paymentReceived(customerId, '100.75', { receivedAt: '2026-01-31T23:00:00.000Z' }),
      paymentReceived(customerId, '100', { receivedAt: '2026-02-01T00:00:00.000Z' }),
    );
    const member = await loyaltyWhen(reader, customerId, (view) =>
      expect(view.history.edges).toHaveLength(2),
    );
    expect(member.history.edges.map(({ node }) => [node.points, node.campaignMultiplier])).toEqual([
      [100, '1'],
      [201, '2'],
    ]);
    const earned = await publishedWhen(probe, 'crm.marketing.loyalty.points_earned', memberId, 2);
    // Two payments, two partitions: marketing may apply them in either order.
    expect(earned.map((event) => [event.data.points, event.data.campaignMultiplier])).toEqual(
      expect.arrayContaining([
        [201, '2'],
        [100, '1'],
      ]),
    );
  });

  it('gives a Gold member their discount on new sales quotes without an explicit discount', async () => {
    const programmeId = await createProgramme(marketer);
    const customerId = await createCustomer(admin);
    const memberId = await enrol(marketer, programmeId, customerId);
    await publisher.publish(paymentReceived(customerId, '1500'));
    await publishedWhen(probe, 'crm.marketing.loyalty.level_changed', memberId, 2);
    await waitFor(async () => {
      const rows: { discount_percent: string }[] = await platform.subgraphs.sales.dataSource.query(
        `SELECT discount_percent FROM customer_loyalty_discounts
          WHERE customer_id = $1 AND EXISTS (SELECT 1 FROM known_customers WHERE id = $1)`,
        [customerId],
      );
      expect(rows.map((row) => Number(row.discount_percent))).toEqual([5]);
    });
    const quote = (discountPercent?: string) =>
      ok(
        admin<{ createQuote: { discountPercent: string; total: { amount: string } } }>(
          `mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { discountPercent total { amount } } }`,
          {
            input: {
              customerId,
              currency: 'EUR',
              lines: [{ description: 'Service plan', quantity: 1, unitPrice: '200' }],
              validUntil: '2099-12-31',
              discountPercent,
            },
          },
        ),
      );
    expect((await quote()).createQuote).toEqual({ discountPercent: '5', total: { amount: '190.00' } });
    // A level change older than the one sales holds (a late redelivery) does not overwrite it.
    const [current] = published(probe, 'crm.marketing.loyalty.level_changed', memberId).filter(
      (event) => event.data.level === 'Gold',
    );
    const stale = buildEvent('crm.marketing.loyalty.level_changed', {
      subject: memberId,
      actor: 'system',
      data: {
        ...current.data,
        level: 'Silver',
        quoteDiscountPercent: '0',
        changedAt: '2020-01-01T00:00:00.000Z',
      },
    });
    // A marker after it on the same key (same partition, so applied after it): another customer's row.
    const marker = buildEvent('crm.marketing.loyalty.level_changed', {
      subject: memberId,
      actor: 'system',
      data: { ...current.data, customerId: newId(), quoteDiscountPercent: '3' },
    });
    await publisher.publish(stale, marker);
    await waitFor(async () => {
      const rows: unknown[] = await platform.subgraphs.sales.dataSource.query(
        'SELECT 1 FROM customer_loyalty_discounts WHERE customer_id = $1',
        [marker.data.customerId],
      );
      if (!rows.length) throw new Error('sales has not applied the marker yet');
    });
    expect((await quote()).createQuote.discountPercent).toBe('5');
    expect((await quote('0')).createQuote.discountPercent).toBe('0');
  });

  it('redeems from the oldest lots, never more than the balance; the daily job expires what is left', async () => {
    const programmeId = await createProgramme(marketer);
    const customerId = await createCustomer(admin);
    const memberId = await enrol(marketer, programmeId, customerId);
    await publisher.publish(
      paymentReceived(customerId, '600', { receivedAt: '2026-01-05T10:00:00.000Z' }),
      paymentReceived(customerId, '300', { receivedAt: '2026-03-05T10:00:00.000Z' }),
    );
    await loyaltyWhen(reader, customerId, (member) => expect(member.balance).toBe(900));
    const redeem = (points: number, reason = 'Voucher') =>
      marketer<{ redeemPoints: { balance: number } }>(
        `mutation ($m: ID!, $p: Int!, $r: String!) { redeemPoints(memberId: $m, points: $p, reason: $r) { balance } }`,
        { m: memberId, p: points, r: reason },
      );
    expect(errorOf(await redeem(901))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'points' });
    expect(errorOf(await redeem(10, ' '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      errorOf(
        await rep(`mutation { redeemPoints(memberId: "${memberId}", points: 1, reason: "x") { balance } }`),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(redeem(500, 'Spring voucher'))).redeemPoints.balance).toBe(400);
    const [redeemed] = await publishedWhen(probe, 'crm.marketing.loyalty.points_redeemed', memberId);
    expect(redeemed.data).toMatchObject({ points: 500, reason: 'Spring voucher', balance: 400 });

    // January's lot (600, 500 used) expires on 2027-01-05 with 100 left; March's 300 stay.
    const runExpiryAt = async (at: string) => {
      clock.set(new Date(at));
      const id = await marketing.jobs.runNow(LOYALTY_EXPIRY_JOB);
      await marketing.jobs.waitForRun(LOYALTY_EXPIRY_JOB, id);
    };
    await runExpiryAt('2027-01-04T00:00:00.000Z');
    expect((await loyaltyOf(reader, customerId))?.balance).toBe(400);
    await runExpiryAt('2027-01-06T00:00:00.000Z');
    await runExpiryAt('2027-01-07T00:00:00.000Z');
    const afterExpiry = await loyaltyOf(reader, customerId);
    expect(afterExpiry).toMatchObject({ balance: 300, lifetimePoints: 900 });
    expect(afterExpiry?.history.edges[0].node).toMatchObject({
      kind: 'EXPIRED',
      points: -100,
      balanceAfter: 300,
    });
    const expired = await publishedWhen(probe, 'crm.marketing.loyalty.points_expired', memberId);
    expect(expired.map((event) => [event.data.points, event.data.balance])).toEqual([[100, 300]]);
  });

  it('drops back a level when points expire, and the survivor of a merge takes the balance', async () => {
    const programmeId = await createProgramme(marketer);
    const [survivor, duplicate] = [await createCustomer(admin), await createCustomer(admin)];
    const survivorMember = await enrol(marketer, programmeId, survivor);
    await enrol(marketer, programmeId, duplicate);
    await publisher.publish(
      paymentReceived(survivor, '100', { receivedAt: '2026-12-01T10:00:00.000Z' }),
      paymentReceived(duplicate, '1200', { receivedAt: '2026-06-02T10:00:00.000Z' }),
    );
    await loyaltyWhen(reader, duplicate, (member) => expect(member.level?.name).toBe('Gold'));
    await loyaltyWhen(reader, survivor, (member) => expect(member.balance).toBe(100));
    await publisher.publish(
      buildEvent('crm.customer.customer.merged', {
        subject: survivor,
        actor: 'system',
        data: { customerId: survivor, mergedCustomerIds: [duplicate], mergedAt: '2026-07-01T00:00:00.000Z' },
      }),
    );
    const merged = await loyaltyWhen(reader, survivor, (member) => expect(member.balance).toBe(1300));
    expect(merged).toMatchObject({ id: survivorMember, lifetimePoints: 1300, level: { name: 'Gold' } });
    expect(merged.history.edges).toHaveLength(2);
    expect(await loyaltyOf(reader, duplicate)).toBeNull();

    // The duplicate's 1200 points expire 2027-06-02: 100 qualifying points are Silver again.
    clock.set(new Date('2027-06-03T00:00:00.000Z'));
    await marketing.jobs.waitForRun(LOYALTY_EXPIRY_JOB, await marketing.jobs.runNow(LOYALTY_EXPIRY_JOB));
    await loyaltyWhen(reader, survivor, (member) =>
      expect(member).toMatchObject({ balance: 100, level: { name: 'Silver' } }),
    );
    const levels = await publishedWhen(probe, 'crm.marketing.loyalty.level_changed', survivorMember, 3);
    expect(levels.map((event) => [event.data.previousLevel, event.data.level])).toEqual([
      [null, 'Silver'],
      ['Silver', 'Gold'],
      ['Gold', 'Silver'],
    ]);
  });

  it('enrols on the first payment when the programme says so, and erasure keeps numbers only', async () => {
    await createProgramme(marketer, { autoEnroll: true, name: `Auto ${randomUUID().slice(0, 6)}` });
    // The oldest auto-enrolling programme takes payers: clear older ones from other tests' runs.
    await marketing.dataSource.query(
      `UPDATE loyalty_programmes SET auto_enroll = false
        WHERE auto_enroll AND id <> (SELECT id FROM loyalty_programmes WHERE auto_enroll ORDER BY created_at DESC, id DESC LIMIT 1)`,
    );
    const customerId = await createCustomer(admin);
    await publisher.publish(paymentReceived(customerId, '42.50'));
    const member = await loyaltyWhen(reader, customerId, (view) => expect(view.balance).toBe(42));
    const [enrolled] = await publishedWhen(probe, 'crm.marketing.loyalty.member_enrolled', member.id);
    expect(enrolled.data.automatic).toBe(true);

    await ok(
      marketer(
        `mutation ($m: ID!) { redeemPoints(memberId: $m, points: 2, reason: "Gift for Ana Example, 12 Rue X") { balance } }`,
        {
          m: member.id,
        },
      ),
    );
    await publisher.publish(
      buildEvent('crm.customer.customer.erased', {
        subject: customerId,
        actor: 'system',
        data: { customerId, erasedAt: '2026-08-01T00:00:00.000Z' },
      }),
    );
    const erased = await loyaltyWhen(reader, customerId, (view) =>
      expect(view.history.edges.every(({ node }) => node.reason === null)).toBe(true),
    );
    expect(erased.history.edges.map(({ node }) => [node.kind, node.points, node.balanceAfter])).toEqual([
      ['REDEEMED', -2, 40],
      ['EARNED', 42, 42],
    ]);
  });
});
