import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import {
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { classifyAbc } from '../src/domain/abc-classes';
import type {
  ChurnReport,
  CustomerCompositionReport,
  CustomerContributionReport,
} from '../src/generated/resolvers-types';
import {
  customerChurnedEvent,
  customerCreatedEvent,
  customerKnownToSales,
  customerMergedEvent,
  customerReactivatedEvent,
  orderPlacedEvent,
  placedOrder,
  publishFrom,
} from './support/report-fixtures';

const CONTRIBUTION = `query ($period: ReportPeriod!, $filter: ReportFilter) {
  customerContribution(period: $period, filter: $filter) {
    currency total unconverted { amount currency } series { bucket amount }
    byCustomer { key revenue share abcClass } byOwner { key revenue share abcClass }
    byRegion { key revenue } abc { abcClass customers revenue share } } }`;
const COMPOSITION = `query ($period: ReportPeriod!, $filter: ReportFilter) {
  customerComposition(period: $period, filter: $filter) {
    customers byLifecycle { key customers share } byTier { key customers } overTime { bucket newCustomers customers } } }`;
const CHURN = `query ($period: ReportPeriod!, $filter: ReportFilter) {
  churnReport(period: $period, filter: $filter) {
    overall { customersAtStart lost churnRate } byReason { key lost churnRate }
    byPeriod { key customersAtStart lost churnRate }
    cohorts { cohort customers months { monthOffset customers retention } } } }`;
const SERVICE = `query ($period: ReportPeriod!) { serviceReport(period: $period) { overall { tickets } } }`;

const today = () => new Date().toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('customer reports through the gateway, from the source services’ events', () => {
  let platform: TestPlatform;
  let admin: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    await platform.subgraphs.analytics.dataSource.query(
      `UPDATE reporting_settings SET reporting_currency = 'EUR'`,
    );
  });
  afterAll(() => platform?.stop());

  it('converts each order at its date’s rate, ranks customers by ABC, and matches the sales service’s orders', async () => {
    const rep = person(['SALES_REP']);
    const asRep = sender(platform.gatewayUrl, await tokenFor(rep));
    // NOK → EUR: yesterday's and today's rates exist, tomorrow's must not be used; CLP has none (no other test rates it).
    await platform.subgraphs.analytics.dataSource.query(
      `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
       VALUES ('NOK', 'EUR', $1, 0.05, 'test', now()), ('NOK', 'EUR', $2, 0.09, 'test', now()),
              ('NOK', 'EUR', $3, 2, 'test', now())
       ON CONFLICT DO NOTHING`,
      [dayOffset(-1), today(), dayOffset(1)],
    );
    const big = await customerKnownToSales(platform, admin, rep.userId);
    const small = await customerKnownToSales(platform, admin, rep.userId);
    const unpriced = await customerKnownToSales(platform, admin, rep.userId);
    await placedOrder(asRep, big, '1000.00', 'EUR');
    await placedOrder(asRep, small, '2000.00', 'NOK');
    await placedOrder(asRep, unpriced, '500', 'CLP');
    const period = { from: dayOffset(-1), to: dayOffset(1), granularity: 'DAY' };
    const report = await waitFor(async () => {
      const { customerContribution } = await ok(
        asRep<{ customerContribution: CustomerContributionReport }>(CONTRIBUTION, { period }),
      );
      if (customerContribution.byCustomer.length < 2 || customerContribution.unconverted.length < 1) {
        throw new Error(`orders not in analytics yet: ${JSON.stringify(customerContribution)}`);
      }
      return customerContribution;
    });
    // Hand-computed: 1000 EUR + 2000 NOK × 0.09 = 180 EUR; 180 starts at 1000 / 1180 = 84.7 % → B.
    expect(report).toMatchObject({
      currency: 'EUR',
      total: '1180.0000',
      // Money is shown in the currency's minor units (CLP has none).
      unconverted: [{ amount: '500', currency: 'CLP' }],
      byCustomer: [
        { key: big, revenue: '1000.0000', share: '84.75', abcClass: 'A' },
        { key: small, revenue: '180.0000', share: '15.25', abcClass: 'B' },
      ],
      byOwner: [{ key: rep.userId, revenue: '1180.0000', share: '100.00', abcClass: 'A' }],
      abc: [
        { abcClass: 'A', customers: 1, revenue: '1000.0000' },
        { abcClass: 'B', customers: 1, revenue: '180.0000' },
        { abcClass: 'C', customers: 0, revenue: '0.0000' },
      ],
    });
    expect(report.series.map((point) => point.bucket)).toEqual([dayOffset(-1), today(), dayOffset(1)]);
    expect(report.series[1].amount).toBe('1180.0000');

    // Recomputed from the sales service's own table with the rates written above.
    const orders: { customer_id: string; total: string; currency: string }[] =
      await platform.subgraphs.sales.dataSource.query(
        'SELECT customer_id, total, currency FROM orders WHERE customer_id = ANY($1)',
        [[big, small, unpriced]],
      );
    const rates: Record<string, string> = { EUR: '1', NOK: '0.09' };
    const recomputed = classifyAbc(
      orders
        .filter((order) => rates[order.currency])
        .map((order) => ({
          key: order.customer_id,
          amount: new Decimal(order.total).times(rates[order.currency]),
        })),
    );
    expect(report.byCustomer.map((row) => [row.key, row.revenue, row.abcClass])).toEqual(
      recomputed.map((row) => [row.key, new Decimal(row.amount).toFixed(4), row.abcClass]),
    );
  });

  it('counts churn against the customers at each start, in any order of merge and creation, with cohorts', async () => {
    const owner = person(['SALES_REP']);
    const asOwner = sender(platform.gatewayUrl, await tokenFor(owner));
    const [k1, k2, k3, k4, k5] = Array.from({ length: 5 }, () => randomUUID());
    const customer = platform.subgraphs.customer.dataSource;
    // The merge of k5 into k3 is published before k5's creation: k5 must stay merged.
    await publishFrom(customer, [customerMergedEvent(k3, [k5], '2025-01-20T00:00:00.000Z')]);
    await publishFrom(customer, [
      customerCreatedEvent(k1, owner.userId, '2025-01-10T09:00:00.000Z'),
      customerCreatedEvent(k2, owner.userId, '2025-01-11T09:00:00.000Z'),
      customerCreatedEvent(k3, owner.userId, '2025-01-12T09:00:00.000Z'),
      customerCreatedEvent(k5, owner.userId, '2025-01-13T09:00:00.000Z'),
      customerCreatedEvent(k4, owner.userId, '2025-02-15T09:00:00.000Z'),
      customerChurnedEvent(k1, 'PRICE', '2025-03-05T09:00:00.000Z'),
      customerChurnedEvent(k2, 'SERVICE', '2025-02-10T09:00:00.000Z'),
      customerReactivatedEvent(k2, '2025-04-02T09:00:00.000Z'),
      customerChurnedEvent(k4, 'PRICE', '2025-04-10T09:00:00.000Z'),
    ]);
    // k5's order (before or after the merge, on another topic) counts for k3.
    await publishFrom(platform.subgraphs.sales.dataSource, [
      orderPlacedEvent(randomUUID(), k1, '100', '2025-02-03T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), k1, '50', '2025-03-20T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), k3, '300', '2025-02-25T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), k5, '200', '2025-02-14T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), k3, '10', '2025-04-01T10:00:00.000Z'),
    ]);
    const period = { from: '2025-02-01', to: '2025-04-30', granularity: 'MONTH' };
    const churn = await waitFor(async () => {
      const { churnReport } = await ok(asOwner<{ churnReport: ChurnReport }>(CHURN, { period }));
      if (
        churnReport.overall.lost < 3 ||
        churnReport.cohorts[0]?.months.length !== 3 ||
        churnReport.cohorts[0].customers !== 2 ||
        // k1's March order is on another partition than k3's April one: both must be in.
        churnReport.cohorts[0].months[1].customers !== 1 ||
        churnReport.byPeriod[2].customersAtStart !== 2
      ) {
        throw new Error(`not all events in analytics yet: ${JSON.stringify(churnReport)}`);
      }
      return churnReport;
    });
    // Hand-computed: at 1 Feb k1, k2, k3 (k5 merged away); k1, k2 and k4 lost in the period.
    expect(churn.overall).toEqual({ customersAtStart: 3, lost: 3, churnRate: '100.00' });
    expect(churn.byReason).toEqual([
      { key: 'PRICE', lost: 2, churnRate: '66.67' },
      { key: 'SERVICE', lost: 1, churnRate: '33.33' },
    ]);
    expect(churn.byPeriod).toEqual([
      { key: '2025-02-01', customersAtStart: 3, lost: 1, churnRate: '33.33' },
      { key: '2025-03-01', customersAtStart: 3, lost: 1, churnRate: '33.33' },
      { key: '2025-04-01', customersAtStart: 2, lost: 1, churnRate: '50.00' },
    ]);
    // k1 and k3 (with k5's order) first bought in February; k1 again in March, k3 in April.
    expect(churn.cohorts).toEqual([
      {
        cohort: '2025-02-01',
        customers: 2,
        months: [
          { monthOffset: 0, customers: 2, retention: '100.00' },
          { monthOffset: 1, customers: 1, retention: '50.00' },
          { monthOffset: 2, customers: 1, retention: '50.00' },
        ],
      },
    ]);
    const { customerComposition } = await ok(
      asOwner<{ customerComposition: CustomerCompositionReport }>(COMPOSITION, { period }),
    );
    expect(customerComposition).toMatchObject({
      customers: 4,
      byLifecycle: [
        { key: 'CHURNED', customers: 2, share: '50.00' },
        { key: 'CUSTOMER', customers: 1, share: '25.00' },
        { key: 'PROSPECT', customers: 1, share: '25.00' },
      ],
      overTime: [
        { bucket: '2025-02-01', newCustomers: 1, customers: 4 },
        { bucket: '2025-03-01', newCustomers: 0, customers: 4 },
        { bucket: '2025-04-01', newCustomers: 0, customers: 4 },
      ],
    });
    const { customerContribution } = await ok(
      asOwner<{ customerContribution: CustomerContributionReport }>(CONTRIBUTION, { period }),
    );
    expect(customerContribution.byCustomer).toEqual([
      { key: k3, revenue: '510.0000', share: '77.27', abcClass: 'A' },
      { key: k1, revenue: '150.0000', share: '22.73', abcClass: 'A' },
    ]);
    // Another rep's scope sees none of it.
    const stranger = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
    const { churnReport: theirs } = await ok(stranger<{ churnReport: ChurnReport }>(CHURN, { period }));
    expect(theirs.overall).toEqual({ customersAtStart: 0, lost: 0, churnRate: null });
  });

  it('counts a customer lost twice, or in overlapping spells, once: the month roll-ups agree with the per-customer query', async () => {
    const owner = person(['SALES_REP']);
    const asOwner = sender(platform.gatewayUrl, await tokenFor(owner));
    const [twice, overlapping, stays, later] = Array.from({ length: 4 }, () => randomUUID());
    await publishFrom(platform.subgraphs.customer.dataSource, [
      customerCreatedEvent(twice, owner.userId, '2024-12-05T09:00:00.000Z'),
      customerCreatedEvent(overlapping, owner.userId, '2024-12-06T09:00:00.000Z'),
      customerCreatedEvent(stays, owner.userId, '2024-12-07T09:00:00.000Z'),
      customerCreatedEvent(later, owner.userId, '2025-02-03T09:00:00.000Z'),
      customerChurnedEvent(twice, 'PRICE', '2025-01-10T09:00:00.000Z'),
      customerReactivatedEvent(twice, '2025-01-20T09:00:00.000Z'),
      customerChurnedEvent(twice, 'PRICE', '2025-02-05T09:00:00.000Z'),
      // Churned again while churned: one absence, from the first churn to the reactivation.
      customerChurnedEvent(overlapping, 'SERVICE', '2025-01-15T09:00:00.000Z'),
      customerChurnedEvent(overlapping, 'PRICE', '2025-02-10T09:00:00.000Z'),
      customerReactivatedEvent(overlapping, '2025-03-01T09:00:00.000Z'),
    ]);
    const churnOf = async (granularity: string) => {
      const period = { from: '2025-01-01', to: '2025-03-31', granularity };
      const { churnReport } = await ok(asOwner<{ churnReport: ChurnReport }>(CHURN, { period }));
      return churnReport;
    };
    // Hand-computed: at 1 Jan three customers; at 1 Feb `overlapping` is away (`twice` came back);
    // at 1 Mar four were created, `twice` and `overlapping` away (it returns at 09:00 that day).
    const expectedByPeriod = [
      { key: '2025-01-01', customersAtStart: 3, lost: 2, churnRate: '66.67' },
      { key: '2025-02-01', customersAtStart: 2, lost: 2, churnRate: '100.00' },
      { key: '2025-03-01', customersAtStart: 2, lost: 0, churnRate: '0.00' },
    ];
    // The customers' events travel on several partitions: wait for the state after all of them.
    const byMonth = await waitFor(async () => {
      const report = await churnOf('MONTH');
      if (JSON.stringify(report.byPeriod) !== JSON.stringify(expectedByPeriod) || report.byReason.length < 2)
        throw new Error(`not all events in analytics yet: ${JSON.stringify(report)}`);
      return report;
    });
    expect(byMonth.overall).toEqual({ customersAtStart: 3, lost: 2, churnRate: '66.67' });
    expect(byMonth.byReason).toEqual([
      { key: 'PRICE', lost: 2, churnRate: '66.67' },
      { key: 'SERVICE', lost: 1, churnRate: '33.33' },
    ]);
    // Weeks are read customer by customer: the figures that do not depend on the buckets agree.
    const byWeek = await churnOf('WEEK');
    expect({ ...byMonth, byPeriod: [] }).toEqual({ ...byWeek, byPeriod: [] });
  });

  it('answers a company-wide calendar period from the roll-ups with the per-customer figures, ABC classes included', async () => {
    const rep = person(['SALES_REP']);
    const [first, second, third, unpriced] = Array.from({ length: 4 }, () => randomUUID());
    await publishFrom(platform.subgraphs.customer.dataSource, [
      customerCreatedEvent(first, rep.userId, '2030-06-01T09:00:00.000Z'),
      customerCreatedEvent(second, rep.userId, '2030-06-02T09:00:00.000Z'),
      customerCreatedEvent(third, rep.userId, '2030-06-03T09:00:00.000Z'),
      customerCreatedEvent(unpriced, rep.userId, '2030-06-04T09:00:00.000Z'),
    ]);
    await publishFrom(platform.subgraphs.sales.dataSource, [
      orderPlacedEvent(randomUUID(), first, '700', '2031-03-10T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), first, '100', '2031-04-10T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), second, '150', '2031-03-11T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), third, '50', '2031-11-12T10:00:00.000Z'),
      orderPlacedEvent(randomUUID(), unpriced, '500', '2031-05-12T10:00:00.000Z', 'CLP'),
    ]);
    const contributionOf = async (period: { from: string; to: string; granularity: string }) => {
      const { customerContribution } = await ok(
        admin<{ customerContribution: CustomerContributionReport }>(CONTRIBUTION, { period }),
      );
      return customerContribution;
    };
    const year = { from: '2031-01-01', to: '2031-12-31' };
    const byMonth = await waitFor(async () => {
      const report = await contributionOf({ ...year, granularity: 'MONTH' });
      if (report.total !== '1000.0000' || report.unconverted.length !== 1)
        throw new Error(`orders not in analytics yet: ${JSON.stringify(report)}`);
      return report;
    });
    // Hand-computed: 800 starts at 0 % (A), 150 at 80 % (B), 50 at 95 % (C).
    expect(byMonth.byCustomer).toEqual([
      { key: first, revenue: '800.0000', share: '80.00', abcClass: 'A' },
      { key: second, revenue: '150.0000', share: '15.00', abcClass: 'B' },
      { key: third, revenue: '50.0000', share: '5.00', abcClass: 'C' },
    ]);
    expect(byMonth.abc.map((row) => [row.abcClass, row.customers, row.revenue])).toEqual([
      ['A', 1, '800.0000'],
      ['B', 1, '150.0000'],
      ['C', 1, '50.0000'],
    ]);
    expect(byMonth.unconverted).toEqual([{ amount: '500', currency: 'CLP' }]);
    expect(byMonth.series.filter((point) => point.amount !== '0.0000')).toEqual([
      { bucket: '2031-03-01', amount: '850.0000' },
      { bucket: '2031-04-01', amount: '100.0000' },
      { bucket: '2031-11-01', amount: '50.0000' },
    ]);
    // Weeks are read customer by customer: everything but the series agrees.
    const byWeek = await contributionOf({ ...year, granularity: 'WEEK' });
    expect({ ...byMonth, series: [] }).toEqual({ ...byWeek, series: [] });
    // A quarter has its own ranking: the first quarter holds the March orders only.
    const quarter = await contributionOf({ from: '2031-01-01', to: '2031-03-31', granularity: 'QUARTER' });
    expect(quarter.byCustomer.map((row) => [row.key, row.revenue, row.abcClass])).toEqual([
      [first, '700.0000', 'A'],
      [second, '150.0000', 'B'],
    ]);
  });

  it('refuses bad periods and filters with BAD_USER_INPUT naming the field, and callers without report:read', async () => {
    const backwards = await admin(SERVICE, { period: { from: '2026-02-01', to: '2026-01-01' } });
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    const tooMany = await admin(SERVICE, {
      period: { from: '2000-01-01', to: '2026-01-01', granularity: 'DAY' },
    });
    expect(errorOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.granularity' });
    const badOwner = await admin(CHURN, {
      period: { from: '2026-01-01', to: '2026-01-31' },
      filter: { ownerId: 'x' },
    });
    expect(errorOf(badOwner)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ownerId' });
    const agent = sender(platform.gatewayUrl, await tokenFor(person(['SUPPORT_AGENT'])));
    const denied = await agent(SERVICE, { period: { from: '2026-01-01', to: '2026-01-31' } });
    expect(errorOf(denied)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
