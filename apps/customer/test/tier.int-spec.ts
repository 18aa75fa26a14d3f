import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { parseEvent } from '@crm/events';
import {
  EventProbe,
  EventPublisher,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { orderPlacedEvent, paymentReceivedEvent } from './revenue-events';

const CREATE = `mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }`;
const TIER = `query ($id: ID!) { customer(id: $id) {
  tier
  tierHistory(first: 10) { edges { node { from to reason source causingEventId revenue { amount currency } orderCount at } } }
} }`;
const RULES = `{ tierRules { reportingCurrency windowMonths thresholds { tier minRevenue minOrders } loyaltyMinOrders loyaltyWindowMonths version } }`;
const SET_RULES = `mutation ($input: TierRulesInput!) { setTierRules(input: $input) { reportingCurrency thresholds { tier minRevenue minOrders } version } }`;
const REEVALUATE = `mutation ($id: ID!) { reevaluateCustomerTier(id: $id) { id tier } }`;

interface TierChangeNode {
  from: string | null;
  to: string | null;
  reason: string;
  source: string;
  causingEventId: string | null;
  revenue: { amount: string; currency: string };
  orderCount: number;
}
interface CustomerTier {
  tier: string | null;
  tierHistory: { edges: { node: TierChangeNode }[] };
}
interface Rules {
  reportingCurrency: string;
  windowMonths: number;
  thresholds: { tier: string; minRevenue: string; minOrders: number }[];
  loyaltyMinOrders: number;
  loyaltyWindowMonths: number;
  version: number;
}

/** Small thresholds so a few test payments cross them; D stays the floor every customer meets. */
const TEST_THRESHOLDS = [
  { tier: 'A', minRevenue: '1000', minOrders: 2 },
  { tier: 'B', minRevenue: '500.5', minOrders: 1 },
  { tier: 'C', minRevenue: '100', minOrders: 1 },
  { tier: 'D', minRevenue: '0', minOrders: 0 },
];

describe('customer tiers through the gateway and real Kafka events', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let token: string;
  let original: Rules;
  const send = (query: string, variables: Record<string, unknown> = {}, as = token) =>
    graphqlRequest(platform.gatewayUrl, query, variables, as);
  const rulesInput = (rules: Rules, change: Partial<Rules> = {}) => {
    const { version, ...input } = { ...rules, ...change };
    return { ...input, version };
  };
  const tierOf = async (id: string) => {
    const response = await send(TIER, { id });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return (response.data as { customer: CustomerTier }).customer;
  };
  const waitForTier = (id: string, tier: string) =>
    waitFor(async () => {
      const customer = await tierOf(id);
      if (customer.tier !== tier) throw new Error(`tier ${customer.tier}, not ${tier}`);
      return customer;
    });
  const createCustomer = async (name: string) =>
    ((await send(CREATE, { name })).data as { createCustomer: { id: string } }).createCustomer.id;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    publisher = await EventPublisher.start();
    token = await tokenFor();
    original = ((await send(RULES)).data as { tierRules: Rules }).tierRules;
  });
  afterAll(async () => {
    const current = ((await send(RULES)).data as { tierRules: Rules } | undefined)?.tierRules;
    if (current && original)
      await send(SET_RULES, { input: rulesInput(original, { version: current.version }) });
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  it('serves the seeded rules and lets an admin replace them', async () => {
    expect(original).toMatchObject({
      reportingCurrency: 'EUR',
      windowMonths: 12,
      loyaltyMinOrders: 5,
      thresholds: [
        { tier: 'A', minRevenue: '100000', minOrders: 3 },
        { tier: 'B', minRevenue: '25000', minOrders: 2 },
        { tier: 'C', minRevenue: '5000', minOrders: 1 },
        { tier: 'D', minRevenue: '0', minOrders: 0 },
      ],
    });
    const response = await send(SET_RULES, { input: rulesInput(original, { thresholds: TEST_THRESHOLDS }) });
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      setTierRules: { thresholds: TEST_THRESHOLDS, version: original.version + 1 },
    });
  });

  it('refuses non-monotonic thresholds, stale versions and non-admins, changing nothing', async () => {
    const current = ((await send(RULES)).data as { tierRules: Rules }).tierRules;
    const inverted = TEST_THRESHOLDS.map((t) => (t.tier === 'C' ? { ...t, minRevenue: '600' } : t));
    const bad = await send(SET_RULES, { input: rulesInput(current, { thresholds: inverted }) });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.thresholds[2].minRevenue',
    });
    const stale = await send(SET_RULES, { input: rulesInput(current, { version: current.version - 1 }) });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const manager = await tokenFor({
      userId: randomUUID(),
      roles: ['SALES_MANAGER'],
      teamId: null,
      managedUserIds: [],
    });
    const denied = await send(SET_RULES, { input: rulesInput(current) }, manager);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(((await send(RULES)).data as { tierRules: Rules }).tierRules).toEqual(current);
  });

  it('re-evaluates the tier from payments and orders, counting only the reporting currency', async () => {
    const id = await createCustomer('Tiered AG');
    const orderId = newId();
    const first = paymentReceivedEvent(id, { orderId, amount: '100.0000' });
    await publisher.publish(first);
    const c = await waitForTier(id, 'C');
    expect(c.tierHistory.edges[0].node).toMatchObject({
      from: null,
      to: 'C',
      source: 'EVENT',
      causingEventId: first.id,
      revenue: { amount: '100.00', currency: 'EUR' },
      orderCount: 1,
    });

    // 10 000 USD does not count (no FX); 400.5 EUR more crosses B's 500.5 exactly.
    await publisher.publish(paymentReceivedEvent(id, { orderId, amount: '10000.0000', currency: 'USD' }));
    await publisher.publish(paymentReceivedEvent(id, { orderId, amount: '400.5000' }));
    const b = await waitForTier(id, 'B');
    expect(b.tierHistory.edges[0].node).toMatchObject({
      from: 'C',
      to: 'B',
      revenue: { amount: '500.50', currency: 'EUR' },
      orderCount: 1,
      reason: '500.5 EUR and 1 orders in 12 months meet tier B',
    });

    // A's revenue is reached, but A also needs a second order.
    await publisher.publish(paymentReceivedEvent(id, { orderId, amount: '600.0000' }));
    await waitFor(async () => {
      const count = await platform.subgraphs.customer.dataSource.query(
        'SELECT count(*)::int AS n FROM customer_revenue WHERE customer_id = $1',
        [id],
      );
      if (count[0].n < 4) throw new Error('payments not all recorded yet');
    });
    expect((await tierOf(id)).tier).toBe('B');
    const order = orderPlacedEvent(id);
    await publisher.publish(order);
    const a = await waitForTier(id, 'A');
    expect(a.tierHistory.edges[0].node).toMatchObject({
      from: 'B',
      to: 'A',
      causingEventId: order.id,
      revenue: { amount: '1100.50' },
      orderCount: 2,
    });
    const published = await waitFor(() => {
      const events = probe.messages
        .filter((message) => message.key === id)
        .map((message) => parseEvent(message.value))
        .filter((event) => event.type === 'crm.customer.customer.tier_changed');
      if (events.length < 3) throw new Error('tier_changed events not all on Kafka yet');
      return events.map((event) => event.data);
    });
    expect(published).toEqual([
      expect.objectContaining({ customerId: id, from: null, to: 'C', revenue: '100.00', currency: 'EUR' }),
      expect.objectContaining({ from: 'C', to: 'B', revenue: '500.50', orderCount: 1 }),
      expect.objectContaining({ from: 'B', to: 'A', revenue: '1100.50', orderCount: 2, source: 'EVENT' }),
    ]);
  });

  it('re-evaluates on demand, e.g. after the rules changed, with a MANUAL history entry', async () => {
    const id = await createCustomer('Rules Changed BV');
    await publisher.publish(paymentReceivedEvent(id, { amount: '200.0000' }));
    await waitForTier(id, 'C');
    const current = ((await send(RULES)).data as { tierRules: Rules }).tierRules;
    const stricter = TEST_THRESHOLDS.map((t) => (t.tier === 'C' ? { ...t, minRevenue: '300' } : t));
    expect(
      (await send(SET_RULES, { input: rulesInput(current, { thresholds: stricter }) })).errors,
    ).toBeUndefined();
    expect((await tierOf(id)).tier).toBe('C');

    const response = await send(REEVALUATE, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ reevaluateCustomerTier: { id, tier: 'D' } });
    expect((await tierOf(id)).tierHistory.edges[0].node).toMatchObject({
      from: 'C',
      to: 'D',
      source: 'MANUAL',
      causingEventId: null,
      reason: '200 EUR and 1 orders in 12 months meet tier D',
    });
    const unchanged = await send(REEVALUATE, { id });
    expect(unchanged.data).toEqual({ reevaluateCustomerTier: { id, tier: 'D' } });
    expect((await tierOf(id)).tierHistory.edges).toHaveLength(2);
    const rep = await tokenFor({
      userId: randomUUID(),
      roles: ['SALES_REP'],
      teamId: null,
      managedUserIds: [],
    });
    expect((await send(REEVALUATE, { id }, rep)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
