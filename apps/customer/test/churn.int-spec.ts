import { randomUUID } from 'node:crypto';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import {
  EventProbe,
  EventPublisher,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { paymentReceivedEvent } from './revenue-events';

const CREATE = `mutation ($name: String!, $ownerId: ID) { createCustomer(input: { kind: COMPANY, name: $name, ownerId: $ownerId }) { id } }`;
const CHANGE = `mutation ($id: ID!) { changeLifecycleStage(input: { customerId: $id, stage: CUSTOMER, reason: "First deal" }) { id } }`;
const CHURN = `mutation ($input: MarkCustomerChurnedInput!) {
  markCustomerChurned(input: $input) { id lifecycleStage version churn { reasonCategory note churnedAt } }
}`;
const WIN_BACK = `mutation ($input: WinBackCustomerInput!) {
  winBackCustomer(input: $input) { id lifecycleStage churn { reasonCategory } lifecycleHistory { edges { node { from to reason } } } }
}`;
const CHURNED = `query ($first: Int, $after: String, $reasonCategory: ChurnReasonCategory, $churnedAfter: DateTime) {
  churnedCustomers(first: $first, after: $after, reasonCategory: $reasonCategory, churnedAfter: $churnedAfter) {
    edges { node { id churn { reasonCategory note } } } pageInfo { hasNextPage endCursor }
  }
}`;

interface ChurnedPage {
  churnedCustomers: {
    edges: { node: { id: string; churn: { reasonCategory: string; note: string | null } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('churn and win-back through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let token: string;
  const startedAt = new Date().toISOString();
  const send = (query: string, variables: Record<string, unknown> = {}, as = token) =>
    graphqlRequest(platform.gatewayUrl, query, variables, as);
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    platform.subgraphs.customer.dataSource.query(query, params);
  /** A customer who bought once (set by hand), ready to churn. */
  const activeCustomer = async (name: string, ownerId: string | null = null) => {
    const { data } = await send(CREATE, { name, ownerId });
    const id = (data as { createCustomer: { id: string } }).createCustomer.id;
    expect((await send(CHANGE, { id })).errors).toBeUndefined();
    return id;
  };
  const churn = (customerId: string, reasonCategory: string, note?: string, as = token) =>
    send(CHURN, { input: { customerId, reasonCategory, note } }, as);
  const publishedFor = (customerId: string, type: string): AnyCloudEvent[] =>
    probe.messages
      .filter((message) => message.key === customerId)
      .map((message) => parseEvent(message.value))
      .filter((event) => event.type === type);
  const listChurned = async (variables: Record<string, unknown>, as = token) => {
    const response = await graphqlRequest<ChurnedPage>(
      platform.gatewayUrl,
      CHURNED,
      { churnedAfter: startedAt, ...variables },
      as,
    );
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.churnedCustomers;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    token = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('marks a customer churned with a reason category and publishes customer.churned', async () => {
    const id = await activeCustomer('Leaving Ltd');
    const response = await churn(id, 'COMPETITOR', '  Moved to a cheaper vendor ');
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      markCustomerChurned: {
        lifecycleStage: 'CHURNED',
        churn: {
          reasonCategory: 'COMPETITOR',
          note: 'Moved to a cheaper vendor',
          churnedAt: expect.any(String),
        },
      },
    });
    const events = await waitFor(() => {
      const churned = publishedFor(id, 'crm.customer.customer.churned');
      const lifecycle = publishedFor(id, 'crm.customer.customer.lifecycle_changed');
      if (churned.length === 0 || lifecycle.length < 2) throw new Error('churn events not on Kafka yet');
      return { churned, lifecycle };
    });
    expect(events.churned[0].data).toMatchObject({
      customerId: id,
      reasonCategory: 'COMPETITOR',
      note: 'Moved to a cheaper vendor',
      previousStage: 'CUSTOMER',
    });
    expect(events.lifecycle[1].data).toMatchObject({
      from: 'CUSTOMER',
      to: 'CHURNED',
      source: 'MANUAL',
      reason: 'Churned: COMPETITOR (Moved to a cheaper vendor)',
    });
  });

  it('refuses to churn a prospect or a churned customer, writing nothing', async () => {
    const { data } = await send(CREATE, { name: 'Never Bought' });
    const prospect = (data as { createCustomer: { id: string } }).createCustomer.id;
    const gone = await activeCustomer('Gone Twice');
    await churn(gone, 'PRICE');
    const outboxBefore = await sql('SELECT count(*)::int AS n FROM outbox');
    const refused = await churn(prospect, 'PRICE');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    expect(refused.errors?.[0].message).toMatch(/from PROSPECT to CHURNED/);
    const twice = await churn(gone, 'SERVICE');
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await churn(gone, 'OTHER', 'x'.repeat(2001));
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const outboxAfter = await sql('SELECT count(*)::int AS n FROM outbox');
    expect(outboxAfter[0].n).toBe(outboxBefore[0].n);
    const [row] = await sql('SELECT churn_reason_category FROM customers WHERE id = $1', [gone]);
    expect(row.churn_reason_category).toBe('PRICE');
  });

  it('lists churned customers newest first with their reasons, by category, page by page', async () => {
    const ids: string[] = [];
    for (const [name, category] of [
      ['List A', 'PRICE'],
      ['List B', 'SERVICE'],
      ['List C', 'PRICE'],
    ]) {
      const id = await activeCustomer(name);
      await churn(id, category, `${name} left`);
      ids.push(id);
    }
    const ours = (page: ChurnedPage['churnedCustomers']) =>
      page.edges.map((edge) => edge.node).filter((node) => ids.includes(node.id));
    const all = await listChurned({ first: 200 });
    expect(ours(all).map((node) => node.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(ours(all)[0].churn).toEqual({ reasonCategory: 'PRICE', note: 'List C left' });

    const byPrice = await listChurned({ first: 200, reasonCategory: 'PRICE' });
    expect(byPrice.edges.every((edge) => edge.node.churn.reasonCategory === 'PRICE')).toBe(true);
    expect(ours(byPrice).map((node) => node.id)).toEqual([ids[2], ids[0]]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: ChurnedPage['churnedCustomers'] = await listChurned({ first: 1, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it('shows a rep only their own churned customers and refuses to churn others’', async () => {
    const repId = randomUUID();
    const rep = await tokenFor({ userId: repId, roles: ['SALES_REP'], teamId: null, managedUserIds: [] });
    const own = await activeCustomer('Rep Churn', repId);
    const other = await activeCustomer('Not The Rep’s', randomUUID());
    expect((await churn(own, 'PRODUCT_FIT', undefined, rep)).errors).toBeUndefined();
    expect((await churn(other, 'PRICE', undefined, rep)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await churn(other, 'PRICE');
    const list = await listChurned({ first: 200 }, rep);
    expect(list.edges.map((edge) => edge.node.id)).toEqual([own]);
  });

  it('wins a customer back: CUSTOMER again, churn cleared, history kept, customer.reactivated', async () => {
    const id = await activeCustomer('Comeback Inc');
    await churn(id, 'SERVICE', 'Support too slow');
    // A purchase alone does not reactivate a churned customer: only a win-back does.
    const payment = paymentReceivedEvent(id);
    const publisher = await EventPublisher.start();
    await publisher.publish(payment);
    await publisher.stop();
    await waitFor(async () => {
      if ((await sql('SELECT 1 FROM inbox WHERE event_id = $1', [payment.id])).length === 0)
        throw new Error('payment not consumed yet');
    });
    const [stage] = await sql<{ lifecycle_stage: string }>(
      'SELECT lifecycle_stage FROM customers WHERE id = $1',
      [id],
    );
    expect(stage.lifecycle_stage).toBe('CHURNED');

    const response = await send(WIN_BACK, { input: { customerId: id, reason: 'New support plan' } });
    expect(response.errors).toBeUndefined();
    const customer = (response.data as { winBackCustomer: Record<string, unknown> }).winBackCustomer;
    expect(customer).toMatchObject({ lifecycleStage: 'CUSTOMER', churn: null });
    expect(customer.lifecycleHistory).toEqual({
      edges: [
        { node: { from: 'CHURNED', to: 'CUSTOMER', reason: 'Won back: New support plan' } },
        { node: { from: 'CUSTOMER', to: 'CHURNED', reason: 'Churned: SERVICE (Support too slow)' } },
        { node: { from: 'PROSPECT', to: 'CUSTOMER', reason: 'First deal' } },
      ],
    });
    const reactivated = await waitFor(() => {
      const events = publishedFor(id, 'crm.customer.customer.reactivated');
      if (events.length === 0) throw new Error('reactivated not on Kafka yet');
      return events[0];
    });
    expect(reactivated.data).toMatchObject({
      customerId: id,
      reason: 'New support plan',
      previousChurnReasonCategory: 'SERVICE',
      churnedAt: expect.any(String),
    });
    const list = await listChurned({ first: 200 });
    expect(list.edges.map((edge) => edge.node.id)).not.toContain(id);

    const again = await send(WIN_BACK, { input: { customerId: id, reason: 'Again' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
  });
});
