import { faker } from '@faker-js/faker';
import type { DataSource } from 'typeorm';
import { createServiceDataSource, runMigrations } from '@crm/db';
import { systemOrigin } from '@crm/events';
import { ensurePostgres, serviceDatabaseUrl } from '@crm/infra';
import {
  DEFAULT_RULE_THRESHOLDS,
  popularityGroupOf,
  rankProducts,
  recommendationCandidatesOf,
  recommendationModule,
  recomputeRecommendations,
} from '@crm/marketing';
import { InboxMessage, MessagingTables1764000000000, OutboxMessage } from '@crm/messaging';
import { readTestEnvironment } from '@crm/platform-testing';
import { scopeOfJob } from '@crm/subgraph-kit';
import { withScratchDatabase } from './bench-database';

const CUSTOMERS = Number(process.env.BENCH_RECOMMENDATION_CUSTOMERS ?? 4_000);
const TOP_N = [3, 5, 10];
const CATEGORIES = 20;
const PRODUCTS_PER_CATEGORY = 10;
/** Products that go together in a category: bought over several orders by the same customer. */
const BUNDLE_SIZE = 3;
const BUNDLES_PER_CATEGORY = 3;
const INDUSTRIES = [
  'RETAIL',
  'LOGISTICS',
  'HEALTHCARE',
  'MANUFACTURING',
  'FINANCE',
  'EDUCATION',
  'ENERGY',
  'MEDIA',
];
const REGIONS = ['EMEA', 'APAC', 'NA', 'LATAM'];
const TIERS = [
  { tier: 'A', weight: 1, orders: [5, 9] },
  { tier: 'B', weight: 2, orders: [3, 6] },
  { tier: 'C', weight: 3, orders: [2, 4] },
  { tier: 'D', weight: 4, orders: [2, 3] },
] as const;

interface Customer {
  id: string;
  tier: string;
  industry: string;
  region: string;
  /** Each order's distinct products, oldest first; the last one is held out. */
  orders: { id: string; products: string[]; placedAt: Date }[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * A catalogue of categories, each with bundles of products that go together (a laptop, its dock,
 * its bag) and loose products; each industry leans to a few categories, and within a category the
 * first products sell most (Zipf-like). A customer follows up on one or two bundles of its
 * industry's categories over its orders, between orders of whatever is popular.
 */
function generateCustomers(): Customer[] {
  faker.seed(13);
  const categories = Array.from({ length: CATEGORIES }, () =>
    Array.from({ length: PRODUCTS_PER_CATEGORY }, () => faker.string.uuid()),
  );
  const bundlesOf = (category: string[]) =>
    Array.from({ length: BUNDLES_PER_CATEGORY }, (_, b) =>
      category.slice(b * BUNDLE_SIZE, (b + 1) * BUNDLE_SIZE),
    );
  const preferred = new Map(
    INDUSTRIES.map((industry) => [industry, faker.helpers.arrayElements(categories, 4)]),
  );
  const popularIn = (category: string[]) =>
    faker.helpers.weightedArrayElement(category.map((value, rank) => ({ value, weight: 1 / (rank + 1) })));
  const categoryFor = (industry: string) =>
    faker.datatype.boolean(0.75)
      ? faker.helpers.arrayElement(preferred.get(industry)!)
      : faker.helpers.arrayElement(categories);

  return Array.from({ length: CUSTOMERS }, () => {
    const { tier, orders: range } = faker.helpers.weightedArrayElement(
      TIERS.map((value) => ({ value, weight: value.weight })),
    );
    const industry = faker.helpers.arrayElement(INDUSTRIES);
    const interests = faker.helpers.arrayElements(
      bundlesOf(categoryFor(industry)).concat(bundlesOf(categoryFor(industry))),
      {
        min: 1,
        max: 2,
      },
    );
    const orderCount = faker.number.int({ min: range[0], max: range[1] });
    let placedAt = faker.date.between({ from: '2025-01-01', to: '2025-06-30' });
    const orders = Array.from({ length: orderCount }, () => {
      const products = new Set<string>();
      if (faker.datatype.boolean(0.6)) {
        const bundle = faker.helpers.arrayElement(interests);
        for (const product of faker.helpers.arrayElements(bundle, { min: 1, max: 2 })) products.add(product);
      } else {
        products.add(popularIn(categoryFor(industry)));
      }
      if (faker.datatype.boolean(0.2)) products.add(popularIn(faker.helpers.arrayElement(categories)));
      placedAt = new Date(placedAt.getTime() + faker.number.int({ min: 5, max: 60 }) * 86_400_000);
      return { id: faker.string.uuid(), products: [...products], placedAt };
    });
    return { id: faker.string.uuid(), tier, industry, region: faker.helpers.arrayElement(REGIONS), orders };
  });
}

/** Every order but each customer's last into the purchases table, and the customers' groups. */
async function loadTrainingData(dataSource: DataSource, customers: Customer[]): Promise<number> {
  await dataSource.query(
    `INSERT INTO recommendation_customers (id, tier, industry, region, popularity_group, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS c, now()`,
    [
      customers.map((c) => c.id),
      customers.map((c) => c.tier),
      customers.map((c) => c.industry),
      customers.map((c) => c.region),
      customers.map((c) => popularityGroupOf(c)),
    ],
  );
  const rows = customers.flatMap((customer) =>
    customer.orders
      .slice(0, -1)
      .flatMap((order) => order.products.map((productId) => ({ customer, order, productId }))),
  );
  for (let start = 0; start < rows.length; start += 5_000) {
    const chunk = rows.slice(start, start + 5_000);
    await dataSource.query(
      `INSERT INTO recommendation_purchases (order_id, product_id, customer_id, quantity, purchased_at)
       SELECT o, p, c, 1, t FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) AS r(o, p, c, t)`,
      [
        chunk.map((row) => row.order.id),
        chunk.map((row) => row.productId),
        chunk.map((row) => row.customer.id),
        chunk.map((row) => row.order.placedAt),
      ],
    );
  }
  return rows.length;
}

type Ranker = 'rules, popularity fills' | 'rules only' | 'popularity in group (baseline)';
const RANKERS: Ranker[] = ['rules, popularity fills', 'rules only', 'popularity in group (baseline)'];

/**
 * `npm run bench`, next-best product: generated customers with co-purchase structure, each one's
 * last order held out; the rules are mined by the real job's code from the other orders, and the
 * hit rate (share of customers whose held-out order holds one of the top N) is printed for the
 * rules and for the popularity baseline.
 */
export async function benchRecommendationHitRate(): Promise<void> {
  console.log(`\n== next-best product: hit rate on each customer's held-out last order ==`);
  const test = readTestEnvironment();
  const dataSource = createServiceDataSource({
    url: serviceDatabaseUrl(test.adminDatabaseUrl, test.databaseName, 'marketing'),
    schema: 'marketing',
    entities: [OutboxMessage, InboxMessage, ...recommendationModule.entities],
    migrations: [MessagingTables1764000000000, ...recommendationModule.migrations],
    applicationName: 'crm-recommendation-bench',
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    await dataSource.query('TRUNCATE recommendation_purchases, recommendation_customers');
    const customers = generateCustomers();
    const purchases = await loadTrainingData(dataSource, customers);
    console.log(
      `${customers.length} customers, ${CATEGORIES * PRODUCTS_PER_CATEGORY} products, ` +
        `${purchases} training purchases; held out: each customer's last order`,
    );
    const started = Date.now();
    const summary = await recomputeRecommendations(
      scopeOfJob('marketing', dataSource, systemOrigin('recommendation-bench')),
      DEFAULT_RULE_THRESHOLDS,
      new Date(),
    );
    console.log(
      `recomputed in ${Date.now() - started} ms: ${summary.ruleCount} rules, ${summary.groupCount} groups ` +
        `(thresholds ${JSON.stringify(summary.thresholds)})`,
    );
    const maxN = Math.max(...TOP_N);
    const hits = new Map(RANKERS.flatMap((ranker) => TOP_N.map((n) => [`${ranker}@${n}`, 0])));
    const latencies: number[] = [];
    let withNewProduct = 0;
    for (const [index, customer] of customers.entries()) {
      const heldOut = new Set(customer.orders.at(-1)!.products);
      const began = performance.now();
      const { owned, rules, popular } = await recommendationCandidatesOf(
        dataSource.manager,
        customer.id,
        popularityGroupOf(customer),
        maxN,
      );
      latencies.push(performance.now() - began);
      if ([...heldOut].some((product) => !owned.includes(product))) withNewProduct += 1;
      const ranked: Record<Ranker, string[]> = {
        'rules, popularity fills': rankProducts(owned, rules, popular, maxN).map((r) => r.productId),
        'rules only': rankProducts(owned, rules, [], maxN).map((r) => r.productId),
        'popularity in group (baseline)': rankProducts(owned, [], popular, maxN).map((r) => r.productId),
      };
      for (const ranker of RANKERS)
        for (const n of TOP_N)
          if (ranked[ranker].slice(0, n).some((product) => heldOut.has(product)))
            hits.set(`${ranker}@${n}`, hits.get(`${ranker}@${n}`)! + 1);
      if ((index + 1) % 1000 === 0) console.log(`  evaluated ${index + 1}/${customers.length} customers`);
    }
    const rate = (count: number, of: number) => `${((100 * count) / of).toFixed(1)}%`.padStart(6);
    console.log(
      `hit rate over all ${customers.length} customers (and over the ${withNewProduct} whose held-out order has a product they did not own):`,
    );
    for (const ranker of RANKERS) {
      const cells = TOP_N.map((n) => {
        const count = hits.get(`${ranker}@${n}`)!;
        return `top ${String(n).padStart(2)} ${rate(count, customers.length)} (${rate(count, withNewProduct)})`;
      });
      console.log(`  ${ranker.padEnd(31)} ${cells.join('   ')}`);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `candidates per customer: p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    );
    await dataSource.query(
      'TRUNCATE recommendation_purchases, recommendation_customers, co_purchase_rules, product_popularity',
    );
  } finally {
    await dataSource.destroy();
  }
}

/** Alone, on a database of its own: `npx tsx scripts/bench/recommendation-hit-rate.bench.ts`. */
async function runAlone(): Promise<void> {
  const postgres = await ensurePostgres();
  Object.assign(process.env, {
    CRM_TEST_ADMIN_URL: postgres.adminUrl,
    CRM_TEST_DATABASE: 'crm_bench_recommendation',
  });
  try {
    await withScratchDatabase(
      postgres.adminUrl,
      'crm_bench_recommendation',
      benchRecommendationHitRate,
      () => undefined,
    );
  } finally {
    await postgres.stop();
  }
}

if (require.main === module) {
  runAlone().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
