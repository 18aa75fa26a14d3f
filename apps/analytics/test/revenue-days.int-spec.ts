import { randomUUID } from 'node:crypto';
import {
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import type { CustomerContributionReport } from '../src/generated/resolvers-types';
import {
  customerCreatedEvent,
  customerMergedEvent,
  orderPlacedEvent,
  publishFrom,
} from './support/report-fixtures';

const CONTRIBUTION = `query ($period: ReportPeriod!) {
  customerContribution(period: $period) { total byCustomer { key revenue } } }`;

/** The contribution report's revenue days: summed once per order, moved and summed by a merge. */
describe('revenue per customer, product, day and currency, kept by the order and merge handlers', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startPlatform();
    await platform.subgraphs.analytics.dataSource.query(
      `UPDATE reporting_settings SET reporting_currency = 'EUR'`,
    );
  }, 180_000);
  afterAll(() => platform?.stop());

  const revenueDays = (customerIds: string[]): Promise<{ customer: string; day: string; amount: string }[]> =>
    platform.subgraphs.analytics.dataSource.query(
      `SELECT customer_id::text AS customer, placed_on::text AS day, amount::text AS amount FROM report_revenue_days
       WHERE customer_id = ANY($1) ORDER BY customer, day`,
      [customerIds],
    );

  it('adds each order once, sums a merged customer’s days into the survivor’s, and sends later orders there', async () => {
    const owner = person(['SALES_REP']);
    // Sorted so the rows below list the survivor first.
    const [survivor, merged] = [randomUUID(), randomUUID()].sort();
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    const sales = platform.subgraphs.sales.dataSource;
    await publishFrom(platform.subgraphs.customer.dataSource, [
      customerCreatedEvent(survivor, owner.userId, '2024-05-01T09:00:00.000Z'),
      customerCreatedEvent(merged, owner.userId, '2024-05-02T09:00:00.000Z'),
    ]);
    await publishFrom(sales, [
      orderPlacedEvent(first, survivor, '100.00', '2024-06-03T10:00:00.000Z'),
      orderPlacedEvent(second, merged, '40.50', '2024-06-03T11:00:00.000Z'),
      orderPlacedEvent(third, merged, '9.50', '2024-06-03T12:00:00.000Z'),
      orderPlacedEvent(randomUUID(), merged, '20.00', '2024-06-04T10:00:00.000Z'),
      // The same order again in another event: its lines are recorded already, nothing adds twice.
      orderPlacedEvent(second, merged, '40.50', '2024-06-03T11:00:00.000Z'),
    ]);
    const before = [
      { customer: survivor, day: '2024-06-03', amount: '100.0000' },
      { customer: merged, day: '2024-06-03', amount: '50.0000' },
      { customer: merged, day: '2024-06-04', amount: '20.0000' },
    ];
    await waitFor(async () => expect(await revenueDays([survivor, merged])).toEqual(before));
    // The inbox holds every delivery: the repeated order was applied, and added nothing.
    const [{ count }] = await platform.subgraphs.analytics.dataSource.query(
      `SELECT count(*)::int AS count FROM report_order_lines WHERE order_id = ANY($1)`,
      [[first, second, third]],
    );
    expect(count).toBe(3);

    await publishFrom(platform.subgraphs.customer.dataSource, [
      customerMergedEvent(survivor, [merged], '2024-06-10T09:00:00.000Z'),
    ]);
    // Another order of the merged customer: on the survivor, whichever of the two lands first.
    await publishFrom(sales, [orderPlacedEvent(randomUUID(), merged, '5.00', '2024-06-04T15:00:00.000Z')]);
    const after = [
      { customer: survivor, day: '2024-06-03', amount: '150.0000' },
      { customer: survivor, day: '2024-06-04', amount: '25.0000' },
    ];
    await waitFor(async () => expect(await revenueDays([survivor, merged])).toEqual(after));

    const asOwner = sender(platform.gatewayUrl, await tokenFor(owner));
    const { customerContribution } = await ok(
      asOwner<{ customerContribution: CustomerContributionReport }>(CONTRIBUTION, {
        period: { from: '2024-06-01', to: '2024-06-30', granularity: 'DAY' },
      }),
    );
    expect(customerContribution).toEqual({
      total: '175.0000',
      byCustomer: [{ key: survivor, revenue: '175.0000' }],
    });
  });
  it('sends a chain’s facts to its last survivor when the later merge arrives first', async () => {
    const owner = person(['SALES_REP']);
    const [first, middle, last] = [randomUUID(), randomUUID(), randomUUID()];
    const customer = platform.subgraphs.customer.dataSource;
    await publishFrom(
      customer,
      [first, middle, last].map((id) => customerCreatedEvent(id, owner.userId, '2024-05-01T09:00:00.000Z')),
    );
    await publishFrom(platform.subgraphs.sales.dataSource, [
      orderPlacedEvent(randomUUID(), first, '30.00', '2024-07-01T10:00:00.000Z'),
    ]);
    await waitFor(async () => expect(await revenueDays([first])).toHaveLength(1));
    // middle folds into last, and only then is first's fold into middle applied.
    await publishFrom(customer, [customerMergedEvent(last, [middle], '2024-07-02T09:00:00.000Z')]);
    const mergedInto = (id: string) =>
      platform.subgraphs.analytics.dataSource
        .query('SELECT merged_into_id::text AS id FROM report_customers WHERE customer_id = $1', [id])
        .then((rows: { id: string | null }[]) => rows[0]?.id);
    await waitFor(async () => expect(await mergedInto(middle)).toBe(last));
    await publishFrom(customer, [customerMergedEvent(middle, [first], '2024-07-01T12:00:00.000Z')]);
    await waitFor(async () => expect(await mergedInto(first)).toBe(last));
    expect(await revenueDays([first, middle, last])).toEqual([
      { customer: last, day: '2024-07-01', amount: '30.0000' },
    ]);
  });
});
