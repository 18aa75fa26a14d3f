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
import Decimal from 'decimal.js';
import type { CustomerCompositionReport } from '../src/generated/resolvers-types';

/** Issue 14: the composition report recomputed from the customer service's own table. */
const COMPOSITION = `query ($period: ReportPeriod!, $filter: ReportFilter) {
  customerComposition(period: $period, filter: $filter) {
    customers
    byIndustry { key customers share } byRegion { key customers share } byTier { key customers share }
    byLifecycle { key customers share } bySource { key customers share }
    overTime { bucket newCustomers customers } } }`;

const DIMENSIONS = {
  byIndustry: 'industry',
  byRegion: 'region',
  byTier: 'tier',
  byLifecycle: 'lifecycle_stage',
  bySource: 'source',
} as const;

type SourceCustomer = Record<(typeof DIMENSIONS)[keyof typeof DIMENSIONS], string | null> & { day: string };

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The report's figures computed independently from the customer service's rows. */
function recomputed(customers: SourceCustomer[], buckets: string[]) {
  const share = (count: number) => new Decimal(count).times(100).dividedBy(customers.length).toFixed(2);
  const countsBy = (column: keyof SourceCustomer) => {
    const counts = new Map<string | null, number>();
    for (const customer of customers) counts.set(customer[column], (counts.get(customer[column]) ?? 0) + 1);
    return [...counts]
      .map(([key, count]) => ({ key, customers: count, share: share(count) }))
      .sort((a, b) => b.customers - a.customers || String(a.key).localeCompare(String(b.key)));
  };
  let running = customers.filter((customer) => customer.day < buckets[0]).length;
  return {
    customers: customers.length,
    ...Object.fromEntries(Object.entries(DIMENSIONS).map(([field, column]) => [field, countsBy(column)])),
    overTime: buckets.map((bucket) => {
      const newCustomers = customers.filter((customer) => customer.day === bucket).length;
      running += newCustomers;
      return { bucket, newCustomers, customers: running };
    }),
  };
}

describe('customer composition report, recomputed from the customer service’s table', () => {
  let platform: TestPlatform;
  let admin: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
  });
  afterAll(() => platform?.stop());

  const create = async (input: Record<string, unknown>) =>
    (
      await ok(
        admin<{ createCustomer: { id: string; version: number } }>(
          `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`,
          { input: { kind: 'COMPANY', name: 'Composed Co', ...input } },
        ),
      )
    ).createCustomer;

  it('counts the owner’s customers by industry, region, tier, lifecycle and source, and over time, as the customer service holds them', async () => {
    const ownerId = person(['SALES_REP']).userId;
    const software = await create({ ownerId, industry: 'SOFTWARE', region: 'EMEA', source: 'WEB_FORM' });
    const moved = await create({ ownerId, industry: 'SOFTWARE', region: 'NA', source: 'REFERRAL' });
    const person_ = await create({
      ownerId,
      kind: 'PERSON',
      name: 'Composed Person',
      region: 'EMEA',
      source: 'MANUAL',
    });
    const churned = await create({ ownerId, industry: 'RETAIL', region: 'LATAM', source: 'EVENT' });
    const duplicate = await create({ ownerId, industry: 'RETAIL', region: 'EMEA' });
    await ok(
      admin(
        `mutation ($id: ID!, $version: Int!) { updateCustomer(id: $id, version: $version, input: { region: "APAC" }) { id } }`,
        moved,
      ),
    );
    for (const customer of [person_, churned]) {
      await ok(
        admin(
          `mutation ($id: ID!) { changeLifecycleStage(input: { customerId: $id, stage: CUSTOMER, reason: "First order signed" }) { id } }`,
          customer,
        ),
      );
    }
    await ok(
      admin(
        `mutation ($id: ID!) { markCustomerChurned(input: { customerId: $id, reasonCategory: PRICE }) { id } }`,
        churned,
      ),
    );
    for (const customer of [software, moved]) {
      await ok(admin(`mutation ($id: ID!) { reevaluateCustomerTier(id: $id) { id } }`, customer));
    }
    await ok(
      admin(
        `mutation ($survivorId: ID!, $mergedIds: [ID!]!) { mergeCustomers(survivorId: $survivorId, mergedIds: $mergedIds) { id } }`,
        {
          survivorId: churned.id,
          mergedIds: [duplicate.id],
        },
      ),
    );

    const sourceCustomers: SourceCustomer[] = await platform.subgraphs.customer.dataSource.query(
      `SELECT industry, region, tier, lifecycle_stage, source, (created_at AT TIME ZONE 'UTC')::date::text AS day
       FROM customers WHERE owner_id = $1 AND merged_into_id IS NULL`,
      [ownerId],
    );
    // The customer service holds what the mutations made: the merged duplicate is gone, the move applied.
    expect(sourceCustomers).toHaveLength(4);
    expect(sourceCustomers.map((customer) => customer.region).sort()).toEqual([
      'APAC',
      'EMEA',
      'EMEA',
      'LATAM',
    ]);

    const period = { from: dayOffset(-1), to: dayOffset(1), granularity: 'DAY' };
    const expected = recomputed(sourceCustomers, [dayOffset(-1), dayOffset(0), dayOffset(1)]);
    const report = await waitFor(async () => {
      const { customerComposition } = await ok(
        admin<{ customerComposition: CustomerCompositionReport }>(COMPOSITION, {
          period,
          filter: { ownerId },
        }),
      );
      // Until analytics has taken in every event of the mutations above.
      expect(customerComposition).toEqual(expected);
      return customerComposition;
    });
    expect(report).toEqual(expected);
    expect(report.byIndustry).toEqual([
      { key: 'SOFTWARE', customers: 2, share: '50.00' },
      { key: null, customers: 1, share: '25.00' },
      { key: 'RETAIL', customers: 1, share: '25.00' },
    ]);
    expect(report.byLifecycle).toEqual([
      { key: 'PROSPECT', customers: 2, share: '50.00' },
      { key: 'CHURNED', customers: 1, share: '25.00' },
      { key: 'CUSTOMER', customers: 1, share: '25.00' },
    ]);
  });
});
