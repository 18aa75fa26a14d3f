import { Client } from 'pg';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { graphqlRequest, readTestEnvironment, type TestPlatform } from '@crm/platform-testing';
import { serviceDatabaseUrl } from '@crm/infra';
import { BENCH_CUSTOMERS as CUSTOMERS, loadBenchCustomers } from './bench-customers';
import {
  customerListQuery,
  customerSearchQuery,
  keysetOrderOf,
  parseCustomerSearchQuery,
  type Customer,
  type CustomerListFilter,
  type CustomerSort,
} from '@crm/customer';

const WARMUP = 50;
const SAMPLES = 1000;
const PAGE = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

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
  await loadBenchCustomers(dataSource);
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
  } finally {
    await sql.end();
  }
}
