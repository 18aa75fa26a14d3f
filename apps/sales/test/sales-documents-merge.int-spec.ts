import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import {
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { publishFromCustomerService } from './support/customer-service-events';
import { customerKnownToSales, openDeal, winDeal } from './support/sales-fixtures';

/**
 * Issue 5 §8 for the sales documents: quotes, contracts, orders and payments follow a customer
 * merge to the survivor, and an erasure wipes the payment references (they often name the payer).
 */
describe('sales documents on customer merge and erasure', () => {
  let platform: TestPlatform;
  const rep = person(['SALES_REP']);
  let asRep: Send;

  const salesQuery = (sql: string, parameters: unknown[]) =>
    platform.subgraphs.sales.dataSource.query(sql, parameters) as Promise<Record<string, unknown>[]>;

  /** A quote, a contract, and an order paid in part with a bank reference, for the customer. */
  async function documentsOf(customerId: string) {
    await ok(
      asRep(
        `mutation ($id: ID!) { createQuote(input: { customerId: $id, currency: "EUR", validUntil: "2999-12-31", lines: [{ description: "A", quantity: 1, unitPrice: "1" }] }) { id } }`,
        { id: customerId },
      ),
    );
    const deal = await winDeal(asRep, await openDeal(asRep, customerId, { amount: '30' }));
    await ok(
      asRep(
        `mutation ($id: ID!) { createContract(input: { opportunityId: $id, startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }`,
        { id: deal.id },
      ),
    );
    const { placeOrder } = await ok(
      asRep<{ placeOrder: { id: string } }>(
        `mutation ($id: ID!) { placeOrder(input: { opportunityId: $id }) { id } }`,
        {
          id: deal.id,
        },
      ),
    );
    await ok(
      asRep(
        `mutation ($id: ID!) { recordPayment(input: { orderId: $id, amount: "10", currency: "EUR", receivedAt: "2026-02-01T00:00:00Z", reference: "Jane Doe IBAN DE89" }) { id } }`,
        { id: placeOrder.id },
      ),
    );
  }

  const countsFor = async (customerId: string) =>
    Object.fromEntries(
      await Promise.all(
        ['quotes', 'contracts', 'orders', 'payments'].map(async (table) => {
          const [row] = await salesQuery(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = $1`, [
            customerId,
          ]);
          return [table, row.n];
        }),
      ),
    );

  beforeAll(async () => {
    platform = await startPlatform();
    asRep = sender(platform.gatewayUrl, await tokenFor(rep));
  });
  afterAll(() => platform?.stop());

  it('moves every document of a merged customer to the survivor', async () => {
    const survivor = await customerKnownToSales(platform, asRep, rep.userId);
    const duplicate = await customerKnownToSales(platform, asRep, rep.userId);
    await documentsOf(duplicate);
    await publishFromCustomerService(
      platform,
      buildEvent('crm.customer.customer.merged', {
        subject: survivor,
        actor: SYSTEM_ACTOR,
        data: { customerId: survivor, mergedCustomerIds: [duplicate], mergedAt: new Date().toISOString() },
      }),
    );
    await waitFor(async () => {
      if ((await countsFor(survivor)).payments !== 1) throw new Error('not merged yet');
    });
    expect(await countsFor(survivor)).toEqual({ quotes: 1, contracts: 1, orders: 1, payments: 1 });
    expect(await countsFor(duplicate)).toEqual({ quotes: 0, contracts: 0, orders: 0, payments: 0 });
  });

  it('erases the payment references of an erased customer and keeps the amounts', async () => {
    const customerId = await customerKnownToSales(platform, asRep, rep.userId);
    await documentsOf(customerId);
    await publishFromCustomerService(
      platform,
      buildEvent('crm.customer.customer.erased', {
        subject: customerId,
        actor: SYSTEM_ACTOR,
        data: { customerId, erasedAt: new Date().toISOString() },
      }),
    );
    const payments = await waitFor(async () => {
      const rows = await salesQuery('SELECT reference, amount FROM payments WHERE customer_id = $1', [
        customerId,
      ]);
      if (rows[0].reference !== null) throw new Error('not erased yet');
      return rows;
    });
    expect(payments).toEqual([{ reference: null, amount: '10.0000' }]);
  });
});
