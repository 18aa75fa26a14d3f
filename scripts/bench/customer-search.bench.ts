import { Client } from 'pg';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { graphqlRequest, readTestEnvironment, type TestPlatform } from '@crm/platform-testing';
import { serviceDatabaseUrl } from '@crm/infra';
import {
  customerListQuery,
  customerSearchQuery,
  keysetOrderOf,
  parseCustomerSearchQuery,
  type Customer,
  type CustomerListFilter,
  type CustomerSort,
} from '@crm/customer';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const WARMUP = 50;
const SAMPLES = 1000;
const PAGE = 20;

// Name parts: 60 × 40 × 8 combinations, so a two-word search matches a few hundred of 1 M customers.
const FIRST =
  'Nordwind Acme Globex Initech Umbrella Stark Wayne Cyberdyne Soylent Tyrell Hooli Vandelay Oscorp Aperture Massive Dunder Gringotts Wonka Prestige Monarch Blue Red Green Silver Golden Iron Crystal Polar Solar Lunar Quantum Vertex Apex Summit Horizon Pioneer Atlas Orion Zenith Nova Stellar Granite Cedar Maple Willow Falcon Eagle Harbor River Lake Ocean Alpine Delta Sigma Omega Alpha Beta Gamma Kappa Lambda'.split(
    ' ',
  );
const SECOND =
  'Logistik Analytics Systems Software Foods Motors Energy Capital Partners Consulting Media Labs Robotics Pharma Textiles Networks Holdings Ventures Trading Studios Foundry Dynamics Solutions Industries Services Group Retail Health Finance Airlines Shipping Mining Chemicals Optics Security Telecom Hotels Farms Brewing Design'.split(
    ' ',
  );
const LEGAL = 'GmbH AG Ltd Inc SA BV Oy SRL'.split(' ');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * 1 M customers straight into the customer schema: indexes dropped, one INSERT … SELECT over
 * generate_series, indexes rebuilt from their own definitions (faster than maintaining them row by row).
 */
async function loadCustomers(dataSource: DataSource): Promise<void> {
  const started = Date.now();
  const indexes: { name: string; definition: string }[] = await dataSource.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'customers' AND indexname <> 'customers_pkey'`,
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX ${index.name}`);
  const owners = Array.from(
    { length: 50 },
    (_, i) => `0194c1d0-0000-7000-8000-${String(i).padStart(12, '0')}`,
  );
  await dataSource.query(
    `INSERT INTO customers (id, kind, name, email, phone, owner_id, lifecycle_stage, region, industry, tier,
                            created_at, updated_at, version)
     SELECT gen_random_uuid(), CASE WHEN random() < 0.3 THEN 'PERSON' ELSE 'COMPANY' END,
            f[1 + i % 60] || ' ' || s[1 + (i / 60) % 40] || ' ' || l[1 + (i / 2400) % 8],
            'contact' || i || '@' || lower(f[1 + i % 60]) || '.example',
            '+3361' || lpad(i::text, 7, '0'),
            -- Attributes drawn at random, so none is correlated with the name a sort walks.
            o[1 + floor(random() * 50)::int],
            (ARRAY['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'])[1 + floor(random() * 6)::int],
            (ARRAY['EMEA', 'NA', 'LATAM', 'APAC'])[1 + floor(random() * 4)::int],
            (ARRAY['SOFTWARE', 'RETAIL', 'LOGISTICS', 'ENERGY', 'MEDIA'])[1 + floor(random() * 5)::int],
            (ARRAY['A', 'B', 'C', 'D', NULL])[1 + floor(random() * 5)::int],
            t, t, 1
     FROM generate_series(1, $1::int) AS i,
          LATERAL (SELECT date_trunc('milliseconds', now() - make_interval(secs => i * 3)) AS t) times,
          (SELECT $2::text[] AS f, $3::text[] AS s, $4::text[] AS l, $5::uuid[] AS o) parts`,
    [CUSTOMERS, FIRST, SECOND, LEGAL, owners],
  );
  const loaded = Date.now();
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await manager.query(index.definition);
  });
  await dataSource.query('ANALYZE customers');
  console.log(
    `loaded ${CUSTOMERS} customers in ${((loaded - started) / 1000).toFixed(1)} s, ` +
      `rebuilt ${indexes.length} indexes in ${((Date.now() - loaded) / 1000).toFixed(1)} s`,
  );
}

interface Scenario {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** The SQL the subgraph runs for the same page. */
  sql: SelectQueryBuilder<Customer>;
}

function listScenario(
  dataSource: DataSource,
  filter: CustomerListFilter,
  sort: CustomerSort,
): SelectQueryBuilder<Customer> {
  const order = keysetOrderOf(sort);
  const query = customerListQuery(dataSource, filter);
  order.columns.forEach((column) => query.addOrderBy(column, order.direction));
  return query.limit(PAGE + 1);
}

function scenarios(dataSource: DataSource): Scenario[] {
  const list = `query ($filter: CustomerFilter, $sort: CustomerSort) {
    customers(first: ${PAGE}, filter: $filter, sort: $sort) { edges { node { id name } } }
  }`;
  const search = `query ($query: String!) { searchCustomers(query: $query, first: ${PAGE}) { edges { score node { id name } } } }`;
  const byName = { field: 'NAME', direction: 'ASC' } as const;
  const newest = { field: 'CREATED_AT', direction: 'DESC' } as const;
  return [
    {
      name: 'customers region=EMEA, by name',
      document: list,
      variables: { filter: { region: 'EMEA' }, sort: byName },
      sql: listScenario(dataSource, { region: 'EMEA' }, byName),
    },
    {
      name: 'customers industry+tier, newest',
      document: list,
      variables: { filter: { industry: 'SOFTWARE', tier: 'A' }, sort: newest },
      sql: listScenario(dataSource, { industry: 'SOFTWARE', tier: 'A' }, newest),
    },
    {
      name: 'searchCustomers name (typo)',
      document: search,
      variables: { query: 'Nordwint Logistik' },
      sql: customerSearchQuery(dataSource, parseCustomerSearchQuery('Nordwint Logistik'), null, {
        first: PAGE,
      }),
    },
    {
      name: 'searchCustomers email prefix',
      document: search,
      variables: { query: 'contact12345' },
      sql: customerSearchQuery(dataSource, parseCustomerSearchQuery('contact12345'), null, { first: PAGE }),
    },
    {
      name: 'searchCustomers phone prefix',
      document: search,
      variables: { query: '+33 61 000 123' },
      sql: customerSearchQuery(dataSource, parseCustomerSearchQuery('+33 61 000 123'), null, { first: PAGE }),
    },
  ];
}

async function timings(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

function indexesOf(plan: Record<string, unknown>): string[] {
  const own = typeof plan['Index Name'] === 'string' ? [plan['Index Name']] : [];
  return [...own, ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(indexesOf)];
}

/** duplicateCandidates scans the whole base (three blocking group-bys): its cost, not a ratio. */
async function benchDuplicateCandidates(platform: TestPlatform, token: string): Promise<void> {
  const document = `{ duplicateCandidates(first: ${PAGE}) { edges { node { score } } } }`;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const response = await graphqlRequest(platform.gatewayUrl, document, {}, token);
    if (response.errors) throw new Error(`duplicateCandidates: ${JSON.stringify(response.errors)}`);
    runs.push(Date.now() - started);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `duplicateCandidates, first page over ${CUSTOMERS} customers: median ${runs[2]} ms, max ${runs[4]} ms`,
  );
}

/**
 * `npm run bench`, customer lists and search on 1 M customers (issue 4: p99 within 3× of a bare
 * indexed SQL query of the same rows). Each scenario runs sequentially through the gateway (token
 * check, query plan, subgraph, TypeORM, JSON) and as the very SQL the subgraph runs, sent with pg.
 */
export async function benchCustomerSearch(platform: TestPlatform, token: string): Promise<void> {
  console.log(
    `\n== customer lists and search on ${CUSTOMERS} customers, ${SAMPLES} sequential requests each ==`,
  );
  const dataSource = platform.subgraphs.customer.dataSource;
  await loadCustomers(dataSource);
  const test = readTestEnvironment();
  const sql = new Client({
    connectionString: serviceDatabaseUrl(test.adminDatabaseUrl, test.databaseName, 'customer'),
  });
  await sql.connect();
  try {
    const rows: string[][] = [];
    for (const scenario of scenarios(dataSource)) {
      const [text, parameters] = scenario.sql.getQueryAndParameters();
      const { rows: plan } = await sql.query(`EXPLAIN (FORMAT JSON) ${text}`, parameters);
      const indexes = [...new Set(indexesOf(plan[0]['QUERY PLAN'][0].Plan))];
      const check = await graphqlRequest(platform.gatewayUrl, scenario.document, scenario.variables, token);
      if (check.errors) throw new Error(`${scenario.name}: ${JSON.stringify(check.errors)}`);
      const bare = await timings(() => sql.query(text, parameters));
      const gateway = await timings(() =>
        graphqlRequest(platform.gatewayUrl, scenario.document, scenario.variables, token),
      );
      const ratio = percentile(gateway, 99) / percentile(bare, 99);
      rows.push([
        scenario.name,
        percentile(bare, 50).toFixed(2),
        percentile(bare, 99).toFixed(2),
        percentile(gateway, 50).toFixed(2),
        percentile(gateway, 99).toFixed(2),
        `${ratio.toFixed(2)}×${ratio <= 3 ? '' : ' (> 3×)'}`,
        indexes.join(', ') || 'no index',
      ]);
    }
    const header = [
      'scenario',
      'SQL p50',
      'SQL p99',
      'gateway p50',
      'gateway p99',
      'p99 ratio',
      'indexes (EXPLAIN)',
    ];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
    console.log("(milliseconds; SQL: the subgraph's own query sent with pg, same rows, same page size)");
    await benchDuplicateCandidates(platform, token);
  } finally {
    await sql.end();
  }
}
