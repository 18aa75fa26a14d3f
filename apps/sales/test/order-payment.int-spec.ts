import { randomUUID } from 'node:crypto';
import { topicOf } from '@crm/events';
import {
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
import {
  customerKnownToSales,
  dataOf,
  openDeal,
  pricedProduct,
  typeOf,
  winDeal,
} from './support/sales-fixtures';

const ORDER_FIELDS = `id status version dueDate overdue customer { id } opportunity { id } contract { id }
  lines { description quantity lineTotal { amount } }
  total { amount currency } paidAmount { amount } outstandingBalance { amount currency }
  payments { id amount { amount currency } reference }`;
const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const PAY = `mutation ($input: RecordPaymentInput!) {
  recordPayment(input: $input) { id amount { amount currency } reference receivedAt order { id status outstandingBalance { amount } } customer { id } }
}`;
const OVERDUE = `{ overdueOrders(first: 200) { edges { node { id overdue } } } }`;

interface OrderView {
  id: string;
  status: string;
  total: { amount: string };
  outstandingBalance: { amount: string };
}

describe('orders and payments through the gateway', () => {
  let platform: TestPlatform;
  let admin: Send;
  let rep: Send;
  const repCaller = person(['SALES_REP']);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    rep = sender(platform.gatewayUrl, await tokenFor(repCaller));
  });
  afterAll(() => platform?.stop());

  async function wonDealOrder(amount = '0.3', dueDate?: string) {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const deal = await winDeal(rep, await openDeal(rep, customerId, { amount, currency: 'EUR' }));
    const { placeOrder } = await ok(
      rep<{ placeOrder: OrderView }>(PLACE, { input: { opportunityId: deal.id, dueDate } }),
    );
    return { customerId, dealId: deal.id, order: placeOrder };
  }

  const pay = (orderId: string, amount: string, extra: Record<string, unknown> = {}) =>
    rep<{ recordPayment: { id: string; order: OrderView } }>(PAY, {
      input: { orderId, amount, currency: 'EUR', receivedAt: '2026-01-15T10:00:00Z', ...extra },
    });

  it('places an order from a won deal with its line items, and publishes order.placed', async () => {
    const probe = await EventProbe.start([topicOf('crm.sales.order.placed')]);
    try {
      const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
      const deal = await openDeal(rep, customerId, { currency: 'EUR' });
      const product = await pricedProduct(admin, { EUR: '250' });
      const { setOpportunityLineItems } = await ok(
        rep<{ setOpportunityLineItems: { opportunity: { version: number } } }>(
          `mutation ($input: SetOpportunityLineItemsInput!) { setOpportunityLineItems(input: $input) { opportunity { version } } }`,
          {
            input: {
              opportunityId: deal.id,
              version: deal.version,
              items: [{ productId: product.id, quantity: 4 }],
            },
          },
        ),
      );
      const early = await rep(PLACE, { input: { opportunityId: deal.id } });
      expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.opportunityId' });
      await winDeal(rep, { id: deal.id, version: setOpportunityLineItems.opportunity.version });
      const { placeOrder } = await ok(
        rep<{ placeOrder: OrderView }>(PLACE, { input: { opportunityId: deal.id } }),
      );
      expect(placeOrder).toMatchObject({
        status: 'PLACED',
        overdue: false,
        customer: { id: customerId },
        opportunity: { id: deal.id },
        contract: null,
        lines: [{ description: 'Telematics unit', quantity: 4, lineTotal: { amount: '1000.00' } }],
        total: { amount: '1000.00', currency: 'EUR' },
        paidAmount: { amount: '0.00' },
        outstandingBalance: { amount: '1000.00', currency: 'EUR' },
        payments: [],
      });
      const message = await waitFor(() => {
        const found = probe.messages.find((m) => m.key === placeOrder.id);
        if (!found) throw new Error('order.placed not on Kafka yet');
        return found;
      });
      expect(typeOf(message)).toBe('crm.sales.order.placed');
      expect(dataOf(message)).toEqual({
        orderId: placeOrder.id,
        customerId,
        opportunityId: deal.id,
        contractId: null,
        total: '1000.00',
        currency: 'EUR',
        ownerId: repCaller.userId,
        placedAt: expect.any(String),
        lines: [{ productId: product.id, quantity: 4, unitPrice: '250.00', amount: '1000.00' }],
      });
    } finally {
      await probe.stop();
    }
  });

  it('places an order from a signed contract but not from a draft one', async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const { createContract } = await ok(
      rep<{ createContract: { id: string } }>(
        `mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }`,
        {
          input: {
            customerId,
            value: '750.25',
            currency: 'EUR',
            startDate: '2026-01-01',
            endDate: '2026-12-31',
          },
        },
      ),
    );
    const draft = await rep(PLACE, { input: { contractId: createContract.id } });
    expect(errorOf(draft)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contractId' });
    await ok(
      rep(`mutation ($id: ID!) { moveContract(input: { id: $id, version: 1, to: SIGNED }) { id } }`, {
        id: createContract.id,
      }),
    );
    const { placeOrder } = await ok(
      rep<{ placeOrder: OrderView }>(PLACE, { input: { contractId: createContract.id } }),
    );
    expect(placeOrder).toMatchObject({
      contract: { id: createContract.id },
      total: { amount: '750.25', currency: 'EUR' },
    });
  });

  it('takes partial payments exactly, refuses overpayment on input.amount, and publishes payment.received', async () => {
    const probe = await EventProbe.start([topicOf('crm.sales.payment.received')]);
    try {
      const { customerId, order } = await wonDealOrder('0.3');
      const first = await ok(pay(order.id, '0.1', { reference: 'SEPA-1' }));
      expect(first.recordPayment).toMatchObject({
        amount: { amount: '0.10', currency: 'EUR' },
        reference: 'SEPA-1',
        customer: { id: customerId },
        order: { id: order.id, status: 'PARTIALLY_PAID', outstandingBalance: { amount: '0.20' } },
      });
      const over = await pay(order.id, '0.2001');
      expect(errorOf(over)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      const otherCurrency = await pay(order.id, '0.1', { currency: 'USD' });
      expect(errorOf(otherCurrency)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
      const negative = await pay(order.id, '-0.1');
      expect(errorOf(negative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      const second = await ok(pay(order.id, '0.2'));
      expect(second.recordPayment.order).toMatchObject({
        status: 'PAID',
        outstandingBalance: { amount: '0.00' },
      });

      const { order: paid } = await ok(rep<{ order: Record<string, unknown> }>(ORDER, { id: order.id }));
      expect(paid).toMatchObject({
        paidAmount: { amount: '0.30' },
        outstandingBalance: { amount: '0.00' },
        payments: [{ amount: { amount: '0.10' } }, { amount: { amount: '0.20' } }],
      });
      const rows = await platform.subgraphs.sales.dataSource.query(
        'SELECT count(*)::int AS n FROM payments WHERE order_id = $1',
        [order.id],
      );
      expect(rows).toEqual([{ n: 2 }]);

      const events = await waitFor(() => {
        const mine = probe.messages.filter((m) => dataOf<{ orderId: string }>(m).orderId === order.id);
        if (mine.length < 2) throw new Error('payment.received not on Kafka yet');
        return mine;
      });
      expect(events.map((m) => dataOf(m))).toEqual([
        {
          paymentId: first.recordPayment.id,
          orderId: order.id,
          customerId,
          amount: '0.10',
          currency: 'EUR',
          outstandingBalance: '0.20',
          receivedAt: '2026-01-15T10:00:00.000Z',
        },
        expect.objectContaining({ amount: '0.20', outstandingBalance: '0.00' }),
      ]);
      expect(events[0].key).toBe(first.recordPayment.id);
    } finally {
      await probe.stop();
    }
  });

  it('records a retried payment once, and never lets concurrent payments exceed the balance', async () => {
    const { order } = await wonDealOrder('100');
    const key = randomUUID();
    const [a, b] = await Promise.all([
      ok(pay(order.id, '10', { idempotencyKey: key })),
      ok(pay(order.id, '10', { idempotencyKey: key })),
    ]);
    expect(a.recordPayment.id).toBe(b.recordPayment.id);
    // Ten payments of 10 race for the remaining 90: exactly nine can succeed.
    const results = await Promise.all(Array.from({ length: 10 }, () => pay(order.id, '10')));
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(errorOf(refused[0])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const { order: after } = await ok(rep<{ order: OrderView }>(ORDER, { id: order.id }));
    expect(after).toMatchObject({ status: 'PAID', outstandingBalance: { amount: '0.00' } });
  });

  it('flags orders past their due date with money owed as overdue, until paid', async () => {
    const { order } = await wonDealOrder('50', '2026-01-01');
    const { order: late } = await ok(rep<{ order: { overdue: boolean } }>(ORDER, { id: order.id }));
    expect(late.overdue).toBe(true);
    const overdueIds = async () =>
      (
        await ok(rep<{ overdueOrders: { edges: { node: { id: string } }[] } }>(OVERDUE))
      ).overdueOrders.edges.map((e) => e.node.id);
    expect(await overdueIds()).toContain(order.id);
    await ok(pay(order.id, '50'));
    expect(await overdueIds()).not.toContain(order.id);
  });

  it("shows a customer's contracts, orders and payments as federated connections", async () => {
    const { customerId, order } = await wonDealOrder('20');
    const payment = await ok(pay(order.id, '5'));
    const { customer } = await ok(
      rep<{ customer: Record<string, unknown> }>(
        `query ($id: ID!) { customer(id: $id) {
          contracts { edges { node { id } } }
          orders { edges { node { id total { amount } } } }
          payments { edges { node { id amount { amount } } } }
        } }`,
        { id: customerId },
      ),
    );
    expect(customer).toEqual({
      contracts: { edges: [] },
      orders: { edges: [{ node: { id: order.id, total: { amount: '20.00' } } }] },
      payments: { edges: [{ node: { id: payment.recordPayment.id, amount: { amount: '5.00' } } }] },
    });
  });
});
