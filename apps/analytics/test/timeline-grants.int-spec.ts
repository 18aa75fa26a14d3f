import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';
import { buildEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import type { Role } from '@crm/permissions';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

const person = (roles: Role[], userId: string = randomUUID()): Caller => ({
  userId,
  roles,
  teamId: null,
  managedUserIds: [],
});

const TIMELINE = `query ($id: ID!, $first: Int, $after: String, $kinds: [TimelineEntryKind!]) {
  customer(id: $id) { timeline(first: $first, after: $after, kinds: $kinds) {
    edges { node { kind title } } pageInfo { hasNextPage endCursor } } } }`;
const OPPORTUNITIES = `query ($id: ID!) { customer(id: $id) { opportunities { edges { node { id } } } } }`;

interface Timeline {
  customer: {
    timeline: { edges: { node: { kind: string; title: string } }[]; pageInfo: { hasNextPage: boolean } };
  };
}

/** The payments move the customer's lifecycle too (the customer service counts them): left out here. */
const KINDS = ['CUSTOMER_CREATED', 'OPPORTUNITY_CREATED', 'ORDER_PLACED', 'PAYMENT_RECEIVED'];

/**
 * Customer.timeline shows each entry only to callers whose grants reach the entry's record: a deal
 * needs opportunity:read, an order or payment order:read, each within the caller's record scope.
 */
describe('customer timeline: each entry within the caller’s grants for its record', () => {
  let platform: TestPlatform;
  let admin: string;
  let marketer: string;
  let analyst: string;
  let rep: string;
  const repId = randomUUID();
  const otherRepId = randomUUID();
  let customerId: string;
  let secretDealId: string;

  async function send<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  }
  const timelineOf = (token: string, variables: Record<string, unknown> = {}) =>
    send<Timeline>(token, TIMELINE, { id: customerId, kinds: KINDS, ...variables }).then(
      (data) => data.customer.timeline,
    );
  const titlesOf = async (token: string) => (await timelineOf(token)).edges.map((edge) => edge.node.title);
  /** Sales' order and payment events, published through its outbox as sales would. */
  const publishFromSales = (...events: Parameters<typeof appendToOutbox>[1]) =>
    platform.subgraphs.sales.dataSource.transaction((manager) => appendToOutbox(manager, events));
  const orderPlaced = (orderId: string, ownerId: string, total: string, placedAt: string) =>
    buildEvent('crm.sales.order.placed', {
      subject: orderId,
      actor: 'system',
      data: {
        orderId,
        customerId,
        opportunityId: null,
        contractId: null,
        total,
        currency: 'EUR',
        ownerId,
        placedAt,
      },
    });
  const paymentReceived = (orderId: string, amount: string, receivedAt: string) => {
    const paymentId = randomUUID();
    return buildEvent('crm.sales.payment.received', {
      subject: paymentId,
      actor: 'system',
      data: {
        paymentId,
        orderId,
        customerId,
        amount,
        currency: 'EUR',
        outstandingBalance: '0',
        receivedAt,
      },
    });
  };
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

  beforeAll(async () => {
    platform = await startPlatform();
    [admin, marketer, analyst, rep] = await Promise.all([
      tokenFor(person(['ADMIN'])),
      tokenFor(person(['MARKETER'])),
      tokenFor(person(['ANALYST'])),
      tokenFor(person(['SALES_REP'], repId)),
    ]);
    customerId = (
      await send<{ createCustomer: { id: string } }>(
        admin,
        `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Granted GmbH", ownerId: $ownerId }) { id } }`,
        { ownerId: repId },
      )
    ).createCustomer.id;
    // Sales learns customers from events: the first deal may wait for its projection.
    const openDeal = (name: string, amount: string, ownerId: string) =>
      waitFor(() =>
        send<{ createOpportunity: { id: string } }>(
          admin,
          `mutation ($customerId: ID!, $name: String!, $amount: String!, $ownerId: ID) {
            createOpportunity(input: { customerId: $customerId, name: $name, amount: $amount, currency: "EUR", ownerId: $ownerId }) { id } }`,
          { customerId, name, amount, ownerId },
        ),
      ).then((data) => data.createOpportunity.id);
    secretDealId = await openDeal('Secret deal', '77777', otherRepId);
    await openDeal('Own deal', '100', repId);
    const ownOrder = randomUUID();
    const otherOrder = randomUUID();
    // The other rep's payment reaches analytics before its order: it still takes the order's owner.
    await publishFromSales(paymentReceived(otherOrder, '555', minutesAgo(1)));
    await publishFromSales(
      orderPlaced(otherOrder, otherRepId, '555', minutesAgo(3)),
      orderPlaced(ownOrder, repId, '100', minutesAgo(4)),
      paymentReceived(ownOrder, '100', minutesAgo(2)),
    );
    await waitFor(async () => expect((await timelineOf(admin)).edges).toHaveLength(7));
  });
  afterAll(() => platform?.stop());

  it('shows a marketer (no opportunity:read, no order:read) no deal, order or payment', async () => {
    const refused = await graphqlRequest(platform.gatewayUrl, OPPORTUNITIES, { id: customerId }, marketer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const titles = await titlesOf(marketer);
    expect(titles).toEqual(['Customer created: Granted GmbH']);
    expect(JSON.stringify(titles)).not.toMatch(/Secret deal|77777|555/);
  });

  it('pages over what the caller may see only, so no page comes back empty', async () => {
    const first = await timelineOf(marketer, { first: 1 });
    expect(first.edges.map((edge) => edge.node.kind)).toEqual(['CUSTOMER_CREATED']);
    expect(first.pageInfo.hasNextPage).toBe(false);
    const repPage = await timelineOf(rep, { first: 2 });
    expect(repPage.edges.map((edge) => edge.node.title)).toEqual([
      'Opportunity opened: Own deal',
      'Customer created: Granted GmbH',
    ]);
    expect(repPage.pageInfo.hasNextPage).toBe(true);
  });

  it('shows a rep only the deals, orders and payments they own (record scope)', async () => {
    const titles = await titlesOf(rep);
    // Newest first: the deal was opened after the customer; the order and payment are older.
    expect(titles).toEqual([
      'Opportunity opened: Own deal',
      'Customer created: Granted GmbH',
      'Payment received: 100.00 EUR',
      'Order placed: 100.00 EUR',
    ]);
  });

  it('shows everything to callers who read every deal and order', async () => {
    for (const token of [admin, analyst]) {
      const titles = await titlesOf(token);
      expect(titles).toHaveLength(7);
      expect(titles).toEqual(
        expect.arrayContaining([
          'Opportunity opened: Secret deal',
          'Payment received: 555.00 EUR',
          'Order placed: 555.00 EUR',
        ]),
      );
    }
  });

  it('hands a deal’s entries to its new owner', async () => {
    await send(
      admin,
      `mutation ($id: ID!, $ownerId: ID) { updateOpportunity(id: $id, version: 1, input: { ownerId: $ownerId }) { id } }`,
      { id: secretDealId, ownerId: repId },
    );
    await waitFor(async () => expect(await titlesOf(rep)).toContain('Opportunity opened: Secret deal'));
  });
});
