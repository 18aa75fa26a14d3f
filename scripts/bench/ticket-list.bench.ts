import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { serviceDatabaseUrl } from '@crm/infra';
import {
  DEMO_ADMIN,
  graphqlRequest,
  readTestEnvironment,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { ticketListOrder, ticketListQuery, type TicketListFilter } from '@crm/service';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const QUEUES = 20;
const AGENTS = 200;
const WARMUP = 50;
const SAMPLES = 1000;
const PAGE = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const uuids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-0000-7000-8000-${String(i).padStart(12, '0')}`);
const queueIds = uuids('0194c1e0', QUEUES);
const agentIds = uuids('0194c1e1', AGENTS);

/**
 * 1 M tickets straight into the service schema: indexes dropped, one INSERT … SELECT over
 * generate_series with attributes drawn at random, indexes rebuilt from their own definitions.
 */
async function loadTickets(dataSource: DataSource): Promise<void> {
  const started = Date.now();
  const indexes: { name: string; definition: string }[] = await dataSource.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'tickets'
       AND indexname NOT IN ('tickets_pkey') AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX ${index.name}`);
  await dataSource.query(
    `INSERT INTO tickets (id, customer_id, queue_id, assignee_id, subject, priority, status, category, severity,
                          source, created_at, updated_at, version)
     SELECT gen_random_uuid(), md5('customer' || (i % 50000))::uuid, q[1 + floor(random() * $2)::int],
            CASE WHEN random() < 0.2 THEN NULL ELSE a[1 + floor(random() * $3)::int] END,
            'Bench ticket ' || i,
            (ARRAY['LOW', 'NORMAL', 'HIGH', 'URGENT'])[1 + floor(random() * 4)::int],
            (ARRAY['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED', 'ARCHIVED'])[1 + floor(random() * 7)::int],
            c.category, CASE WHEN c.category = 'COMPLAINT' THEN 'MAJOR' END,
            (ARRAY['EMAIL', 'PHONE', 'WEB_FORM', 'CHAT', 'MANUAL'])[1 + floor(random() * 5)::int],
            t, t, 1
     FROM generate_series(1, $1::int) AS i,
          LATERAL (SELECT date_trunc('milliseconds', now() - make_interval(secs => i * 30)) AS t) times,
          -- WHERE i > 0 ties the draw to the row: an uncorrelated subquery would draw once for all.
          LATERAL (SELECT (ARRAY['QUESTION', 'INCIDENT', 'REQUEST', 'COMPLAINT'])[1 + floor(random() * 4)::int] AS category
                    WHERE i > 0) c,
          (SELECT $4::uuid[] AS q, $5::uuid[] AS a) parts`,
    [TICKETS, QUEUES, AGENTS, queueIds, agentIds],
  );
  const loaded = Date.now();
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await manager.query(index.definition);
  });
  await dataSource.query('ANALYZE tickets');
  console.log(
    `loaded ${TICKETS} tickets in ${((loaded - started) / 1000).toFixed(1)} s, ` +
      `rebuilt ${indexes.length} indexes in ${((Date.now() - loaded) / 1000).toFixed(1)} s`,
  );
}

interface Scenario {
  name: string;
  token: string;
  filter: Record<string, unknown>;
  /** What the subgraph lists for that caller and filter. */
  list: TicketListFilter;
}

async function scenarios(): Promise<Scenario[]> {
  const manager = await tokenFor({
    ...DEMO_ADMIN,
    roles: ['SUPPORT_MANAGER'],
    teamId: null,
    managedUserIds: [],
  });
  const agent = await tokenFor({
    ...DEMO_ADMIN,
    roles: ['SUPPORT_AGENT'],
    teamId: queueIds[0],
    managedUserIds: [],
  });
  const lastMonth = new Date(Date.now() - 30 * 86_400_000);
  return [
    { name: 'agent: own queue, newest', token: agent, filter: {}, list: { queueIds: [queueIds[0]] } },
    {
      name: 'agent: own queue, NEW',
      token: agent,
      filter: { status: 'NEW' },
      list: { queueIds: [queueIds[0]], status: 'NEW' },
    },
    {
      name: 'manager: status NEW',
      token: manager,
      filter: { status: 'NEW' },
      list: { queueIds: null, status: 'NEW' },
    },
    {
      name: 'manager: assignee',
      token: manager,
      filter: { assigneeId: agentIds[7] },
      list: { queueIds: null, assigneeId: agentIds[7] },
    },
    {
      name: 'manager: complaints last 30 days',
      token: manager,
      filter: { category: 'COMPLAINT', createdFrom: lastMonth.toISOString() },
      list: { queueIds: null, category: 'COMPLAINT', createdFrom: lastMonth },
    },
    {
      name: 'manager: priority URGENT',
      token: manager,
      filter: { priority: 'URGENT' },
      list: { queueIds: null, priority: 'URGENT' },
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

const DOCUMENT = `query ($filter: TicketFilter) {
  tickets(filter: $filter, first: ${PAGE}) { edges { node { id number subject status priority category createdAt } } }
}`;

/**
 * `npm run bench`, the tickets list on 1 M tickets (issue 12): each scenario runs sequentially
 * through the gateway (token check, query plan, subgraph, TypeORM, JSON) and as the very SQL the
 * subgraph runs for the same page, sent with pg, in the same run.
 */
export async function benchTicketList(platform: TestPlatform): Promise<void> {
  console.log(`\n== tickets list on ${TICKETS} tickets, ${SAMPLES} sequential requests each ==`);
  const dataSource = platform.subgraphs.service.dataSource;
  await loadTickets(dataSource);
  const test = readTestEnvironment();
  const sql = new Client({
    connectionString: serviceDatabaseUrl(test.adminDatabaseUrl, test.databaseName, 'service'),
  });
  await sql.connect();
  try {
    const rows: string[][] = [];
    for (const scenario of await scenarios()) {
      const order = ticketListOrder('NEWEST_FIRST');
      const query = ticketListQuery(dataSource, scenario.list);
      order.columns.forEach((column) => query.addOrderBy(column, order.direction));
      const [text, parameters] = query.limit(PAGE + 1).getQueryAndParameters();
      const { rows: plan } = await sql.query(`EXPLAIN (FORMAT JSON) ${text}`, parameters);
      const indexes = [...new Set(indexesOf(plan[0]['QUERY PLAN'][0].Plan))];
      const variables = { filter: scenario.filter };
      const check = await graphqlRequest(platform.gatewayUrl, DOCUMENT, variables, scenario.token);
      if (check.errors) throw new Error(`${scenario.name}: ${JSON.stringify(check.errors)}`);
      const bare = await timings(() => sql.query(text, parameters));
      const gateway = await timings(() =>
        graphqlRequest(platform.gatewayUrl, DOCUMENT, variables, scenario.token),
      );
      const ratio = percentile(gateway, 99) / percentile(bare, 99);
      rows.push([
        scenario.name,
        percentile(bare, 50).toFixed(2),
        percentile(bare, 99).toFixed(2),
        percentile(gateway, 50).toFixed(2),
        percentile(gateway, 99).toFixed(2),
        `${ratio.toFixed(2)}×`,
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
