import { randomUUID } from 'node:crypto';
import { devKeyFile, INTERNAL_TOKEN_ISSUER, loadSigningKey, signToken, type Caller } from '@crm/auth';
import { buildEvent, parseEvent, topicOf, type AnyCloudEvent } from '@crm/events';
import {
  EventProbe,
  EventPublisher,
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
import { RECOMMENDATION_JOB } from '../src/jobs/recommendation.job';
import type { RunningMarketing } from '../src/marketing-subgraph';
import { restartMarketing } from './support/marketing-under-test';

/** Issue 13 §7: order.placed → the recommendation job under the test clock → Customer.recommendedProducts. */
const RECOMMENDED = `query ($id: ID!, $first: Int) { customer(id: $id) { id recommendedProducts(first: $first) {
  product { id } score
  reason { kind basedOnProduct { id } support confidence lift group computedAt }
} } }`;
const RECOMPUTED = 'crm.marketing.recommendation.rules_recomputed';

interface Recommendation {
  product: { id: string };
  score: number;
  reason: {
    kind: string;
    basedOnProduct: { id: string } | null;
    support: number | null;
    confidence: number | null;
    lift: number | null;
    group: string | null;
    computedAt: string;
  };
}
type Recommended = { customer: { id: string; recommendedProducts: Recommendation[] | null } };

describe('next-best product from order lines, through the gateway', () => {
  let platform: TestPlatform;
  let marketing: RunningMarketing;
  let publisher: EventPublisher;
  let probe: EventProbe;
  let rep: Send;
  const repCaller = person(['SALES_REP']);
  let customerId: string;
  const clock = new ManualClock(new Date('2026-12-01T02:00:00.000Z'));
  // Products of this test only: what other tests' orders add to the baskets cannot touch them.
  const [laptop, dock, stand, toner, headset] = Array.from({ length: 5 }, () => randomUUID());
  const region = `test-region-${randomUUID().slice(0, 8)}`;
  // Tier D: the customer service itself puts the customer there on its first order.
  const group = `tier D · ${region}`;

  const orderPlaced = (customer: string, products: string[]) => {
    const orderId = randomUUID();
    return buildEvent('crm.sales.order.placed', {
      subject: orderId,
      actor: 'system',
      data: {
        orderId,
        customerId: customer,
        opportunityId: null,
        contractId: null,
        total: `${products.length * 100}.00`,
        currency: 'EUR',
        ownerId: null,
        placedAt: '2026-11-20T10:00:00.000Z',
        lines: [
          ...products.map((productId) => ({ productId, quantity: 1, unitPrice: '100.00', amount: '100.00' })),
          { productId: null, quantity: 1, unitPrice: '0.00', amount: '0.00' },
        ],
      },
    });
  };
  const inGroup = (customer: string): AnyCloudEvent[] => [
    buildEvent('crm.customer.customer.tier_changed', {
      subject: customer,
      actor: 'system',
      data: {
        customerId: customer,
        from: null,
        to: 'D',
        reason: 'test',
        source: 'EVENT',
        actorId: 'system',
        causingEventId: null,
        revenue: '0',
        currency: 'EUR',
        orderCount: 0,
        changedAt: '2026-11-01T00:00:00.000Z',
      },
    }),
    buildEvent('crm.customer.customer.updated', {
      subject: customer,
      actor: 'system',
      data: {
        customerId: customer,
        changedFields: ['region'],
        values: { region },
        updatedAt: '2026-11-01T00:00:00Z',
      },
    }),
  ];
  const purchasesOf = async (customer: string): Promise<string[]> =>
    (
      await marketing.dataSource.query(
        'SELECT product_id FROM recommendation_purchases WHERE customer_id = $1 ORDER BY product_id',
        [customer],
      )
    ).map((row: { product_id: string }) => row.product_id);
  const untilPurchases = (customer: string, count: number) =>
    waitFor(async () => {
      const products = await purchasesOf(customer);
      if (products.length !== count)
        throw new Error(`${products.length} of ${count} purchases of ${customer} yet`);
      return products;
    });

  async function recomputeAt(at: string): Promise<void> {
    clock.set(new Date(at));
    const id = await marketing.jobs.runNow(RECOMMENDATION_JOB);
    await marketing.jobs.waitForRun(RECOMMENDATION_JOB, id);
  }
  const recommendedFor = async (send: Send, first?: number) =>
    (await ok(send<Recommended>(RECOMMENDED, { id: customerId, first }))).customer.recommendedProducts;

  beforeAll(async () => {
    platform = await startPlatform();
    marketing = await restartMarketing(platform, {
      clock,
      env: {
        MARKETING_RECOMMENDATION_CRON: '0 0 1 1 *',
        MARKETING_RECOMMENDATION_MIN_SUPPORT: '0.0001',
        MARKETING_RECOMMENDATION_MIN_CONFIDENCE: '0.1',
        MARKETING_RECOMMENDATION_MIN_LIFT: '1.1',
        MARKETING_RECOMMENDATION_MIN_CUSTOMERS: '3',
      },
    });
    publisher = await EventPublisher.start();
    probe = await EventProbe.start([topicOf(RECOMPUTED)]);
    rep = sender(platform.gatewayUrl, await tokenFor(repCaller));
    ({
      createCustomer: { id: customerId },
    } = await ok(
      rep<{ createCustomer: { id: string } }>(
        `mutation { createCustomer(input: { kind: COMPANY, name: "Basket AG" }) { id } }`,
      ),
    ));
    // The rep's customer reaches marketing through customer.created, owner included.
    await waitFor(async () => {
      const rows = await marketing.dataSource.query(
        'SELECT owner_id FROM recommendation_customers WHERE id = $1',
        [customerId],
      );
      if (rows[0]?.owner_id !== repCaller.userId) throw new Error('marketing has not seen the customer yet');
    });
  });
  afterAll(async () => {
    await probe?.stop();
    await publisher?.stop();
    await platform?.stop();
  });

  // 6 customers bought a laptop with a dock, 2 a laptop with a stand (too few for a rule), 8 of the
  // customer's group toner; the customer bought a laptop. Laptop → dock: 6 of the laptop's 9 buyers.
  const dockBuyers = Array.from({ length: 6 }, () => randomUUID());
  const standBuyers = Array.from({ length: 2 }, () => randomUUID());
  const tonerBuyers = Array.from({ length: 8 }, () => randomUUID());

  it('mines the co-purchase rules from order lines, publishes rules_recomputed, and recommends by them first', async () => {
    await publisher.publish(
      ...inGroup(customerId),
      ...tonerBuyers.flatMap((buyer) => [...inGroup(buyer), orderPlaced(buyer, [toner])]),
      ...dockBuyers.map((buyer) => orderPlaced(buyer, [laptop, dock])),
      ...standBuyers.map((buyer) => orderPlaced(buyer, [laptop, stand])),
      orderPlaced(customerId, [laptop]),
    );
    for (const buyer of [...dockBuyers, ...standBuyers]) await untilPurchases(buyer, 2);
    for (const buyer of tonerBuyers) await untilPurchases(buyer, 1);
    expect(await untilPurchases(customerId, 1)).toEqual([laptop]);
    await waitFor(async () => {
      const rows = await marketing.dataSource.query(
        'SELECT count(*)::int AS n FROM recommendation_customers WHERE popularity_group = $1',
        [group],
      );
      if (rows[0].n !== 9) throw new Error(`${rows[0].n} of 9 customers in ${group} yet`);
    });
    await recomputeAt('2026-12-01T03:00:00.000Z');
    const message = await waitFor(() => {
      const found = probe.messages
        .map((m) => parseEvent(m.value))
        // The scheduler's start also catches up the cron's last slot: a run at the start time.
        .find((e) => e.type === RECOMPUTED && e.data.computedAt === '2026-12-01T03:00:00.000Z');
      if (found?.type !== RECOMPUTED) throw new Error('rules_recomputed of 03:00 not on Kafka yet');
      return found;
    });
    const summary = message.data;
    expect(summary).toMatchObject({
      computedAt: '2026-12-01T03:00:00.000Z',
      thresholds: { minSupport: 0.0001, minConfidence: 0.1, minLift: 1.1, minCustomers: 3 },
    });
    // Other tests' orders may share the database: count on at least this test's baskets.
    expect(summary.customerCount).toBeGreaterThanOrEqual(17);
    expect(summary.productCount).toBeGreaterThanOrEqual(4);
    expect(summary.ruleCount).toBeGreaterThanOrEqual(2);
    expect(summary.groupCount).toBeGreaterThanOrEqual(2);
    const customers = summary.customerCount;

    const [first, second, ...rest] = (await recommendedFor(rep, 3))!;
    expect(first).toEqual({
      product: { id: dock },
      score: 6 / 9,
      reason: {
        kind: 'CO_PURCHASE',
        basedOnProduct: { id: laptop },
        support: 6 / customers,
        confidence: 6 / 9,
        lift: 6 / 9 / (6 / customers),
        group: null,
        computedAt: '2026-12-01T03:00:00.000Z',
      },
    });
    // No rule from the laptop to the stand (2 customers < 3); toner is what the group buys.
    expect(second).toEqual({
      product: { id: toner },
      score: 8 / 9,
      reason: expect.objectContaining({
        kind: 'POPULAR_IN_GROUP',
        group,
        basedOnProduct: null,
        support: null,
      }),
    });
    // The laptop, most bought of all, is the customer's own: never offered back.
    expect([first, second, ...rest].map((r) => r.product.id)).not.toContain(laptop);
    expect([first, second, ...rest].map((r) => r.product.id)).not.toContain(stand);
  });

  it('refuses a bad count on the field', async () => {
    const tooMany = await rep(RECOMMENDED, { id: customerId, first: 51 });
    expect(errorOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  // The gateway's customer(id) already refuses another rep's customer; _entities skips it.
  it('recommends through _entities only for a customer within the caller’s scope', async () => {
    const gatewayKey = await loadSigningKey(undefined, devKeyFile('gateway'));
    const entities = async (caller: Caller) => {
      const internal = await signToken(
        caller,
        gatewayKey,
        { issuer: INTERNAL_TOKEN_ISSUER, audience: 'marketing' },
        '5m',
      );
      const response = await graphqlRequest<{ _entities: { recommendedProducts: Recommendation[] }[] }>(
        marketing.url,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Customer { recommendedProducts(first: 3) { product { id } } } } }`,
        { representations: [{ __typename: 'Customer', id: customerId }] },
        internal,
      );
      expect(response.errors).toBeUndefined();
      return response.data!._entities[0].recommendedProducts.map((r) => r.product.id);
    };
    expect(await entities(repCaller)).toContain(dock);
    expect(await entities(person(['SALES_REP']))).toEqual([]);
    expect(await entities(person(['MARKETER']))).toContain(dock);
  });

  it('counts a merged duplicate’s purchases, late ones included, as the survivor’s', async () => {
    const duplicate = tonerBuyers[0];
    await publisher.publish(
      buildEvent('crm.customer.customer.merged', {
        subject: customerId,
        actor: 'system',
        data: { customerId, mergedCustomerIds: [duplicate], mergedAt: '2026-12-01T04:00:00.000Z' },
      }),
    );
    expect(await untilPurchases(customerId, 2)).toEqual([laptop, toner].sort());
    // Now owned through the merge: the toner is no longer offered.
    expect((await recommendedFor(rep, 3))!.map((r) => r.product.id)).not.toContain(toner);
    // An order of the duplicate that arrives after the merge lands on the survivor.
    await publisher.publish(orderPlaced(duplicate, [headset]));
    expect(await untilPurchases(customerId, 3)).toEqual([laptop, toner, headset].sort());
    expect(await purchasesOf(duplicate)).toEqual([]);
  });

  it('forgets an erased customer’s purchases and drops its late orders', async () => {
    const erased = dockBuyers[0];
    await publisher.publish(
      buildEvent('crm.customer.customer.erased', {
        subject: erased,
        actor: 'system',
        data: { customerId: erased, erasedAt: '2026-12-01T05:00:00.000Z' },
      }),
    );
    await waitFor(async () => {
      const [profile] = await marketing.dataSource.query(
        'SELECT erased_at, tier, region, popularity_group FROM recommendation_customers WHERE id = $1',
        [erased],
      );
      if (!profile?.erased_at) throw new Error('the erasure is not applied yet');
      expect(profile).toMatchObject({ tier: null, region: null, popularity_group: null });
    });
    expect(await purchasesOf(erased)).toEqual([]);
    // An order of the erased customer that arrives later is applied, and leaves nothing.
    const late = orderPlaced(erased, [headset]);
    await publisher.publish(late);
    await waitFor(async () => {
      const rows = await marketing.dataSource.query('SELECT 1 FROM inbox WHERE event_id = $1', [late.id]);
      if (!rows.length) throw new Error('the late order is not applied yet');
    });
    expect(await purchasesOf(erased)).toEqual([]);

    await recomputeAt('2026-12-01T06:00:00.000Z');
    const [dockRule] = (await recommendedFor(rep, 1))!;
    // One fewer customer bought laptop and dock: the rule is recomputed from 5 of 8.
    expect(dockRule).toMatchObject({ product: { id: dock }, score: 5 / 8 });
  });
});
