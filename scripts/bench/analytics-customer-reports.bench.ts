import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  analyticsMigrations,
  customerReports,
  refillCustomerReportRollups,
  type ReportGranularity,
  type ReportQuery,
} from '@crm/analytics';
import { createServiceDataSource, runMigrations } from '@crm/db';
import { serviceDatabaseUrl } from '@crm/infra';
import { withScratchDatabase } from './bench-database';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
/** Events behind the rows: ~2 order lines, ~1.2 ticket facts and ~0.4 survey answers per customer, etc. */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const OWNERS = 200;
const BENCH_SEGMENT = '0194d002-0000-7000-8000-000000000007';

/** Postgres' md5(text)::uuid, which the loader names owners with. */
const md5Uuid = (text: string) =>
  createHash('md5')
    .update(text)
    .digest('hex')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Loads the customer reports' read models straight in SQL (generate_series), as CUSTOMERS
 * customers and EVENTS events would leave them: created, updated (attributes), orders' lines, their
 * revenue days and purchase months, churn spells, tickets and their SLA facts, survey answers, segment members;
 * then the roll-ups the event handlers would have kept (refillCustomerReportRollups).
 */
export async function loadReadModels(dataSource: DataSource): Promise<string> {
  const started = Date.now();
  const owner = randomUUID();
  const perCustomer = EVENTS / CUSTOMERS;
  const orders = Math.round(CUSTOMERS * perCustomer * 0.3);
  const tickets = Math.round(CUSTOMERS * perCustomer * 0.1);
  await dataSource.query(
    `INSERT INTO report_customers (customer_id, kind, owner_id, industry, region, source, tier, lifecycle_stage, created_at)
     SELECT md5('c' || i)::uuid, 'COMPANY', CASE WHEN i % ${OWNERS} = 0 THEN $2::uuid ELSE md5('o' || (i % ${OWNERS}))::uuid END,
            (ARRAY['SOFTWARE', 'RETAIL', 'LOGISTICS', 'ENERGY', 'MEDIA'])[1 + i % 5],
            (ARRAY['EMEA', 'NA', 'LATAM', 'APAC'])[1 + i % 4], (ARRAY['WEB_FORM', 'REFERRAL', 'EVENT'])[1 + i % 3],
            (ARRAY['A', 'B', 'C', 'D'])[1 + i % 4],
            (ARRAY['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'])[1 + i % 6],
            timestamptz '2023-01-01' + make_interval(mins => (random() * 1500000)::int)
     FROM generate_series(1, $1::int) AS i`,
    [CUSTOMERS, owner],
  );
  await dataSource.query(
    `INSERT INTO report_order_lines (order_id, line_no, customer_id, product_id, amount, currency, placed_on)
     SELECT md5('order' || i)::uuid, 1, md5('c' || (1 + i % $2))::uuid, md5('p' || (i % 500))::uuid,
            round((random() * 5000)::numeric, 2), (ARRAY['EUR', 'EUR', 'EUR', 'USD'])[1 + i % 4],
            date '2023-01-01' + (random() * 1060)::int
     FROM generate_series(1, $1::int) AS i`,
    [orders, CUSTOMERS],
  );
  await dataSource.query(
    `INSERT INTO report_revenue_days (customer_id, product_id, placed_on, currency, amount)
     SELECT customer_id, product_id, placed_on, currency, sum(amount) FROM report_order_lines
     GROUP BY customer_id, product_id, placed_on, currency`,
  );
  await dataSource.query(
    `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
     SELECT 'USD', 'EUR', d::date, 0.9, 'bench', now() FROM generate_series(date '2023-01-01', date '2026-01-01', interval '1 month') d`,
  );
  await dataSource.query(
    `INSERT INTO report_purchase_months (customer_id, month)
     SELECT DISTINCT customer_id, date_trunc('month', placed_on::timestamp)::date FROM report_order_lines`,
  );
  await dataSource.query(
    `UPDATE report_customers c SET first_purchase_month = f.month
     FROM (SELECT customer_id, min(month) AS month FROM report_purchase_months GROUP BY customer_id) f
     WHERE f.customer_id = c.customer_id`,
  );
  await dataSource.query(
    `INSERT INTO report_churn_spells (customer_id, churned_at, reason)
     SELECT customer_id, created_at + interval '200 days', (ARRAY['PRICE', 'SERVICE', 'COMPETITOR'])[1 + (random() * 2)::int]
     FROM report_customers WHERE lifecycle_stage = 'CHURNED'`,
  );
  await dataSource.query(
    `INSERT INTO report_tickets (ticket_id, customer_id, queue_id, assignee_id, opened_at, first_responded_at, resolved_at, first_response_breached)
     SELECT md5('t' || i)::uuid, md5('c' || (1 + i % $2))::uuid, md5('q' || (i % 10))::uuid, md5('a' || (i % 80))::uuid, opened,
            opened + interval '30 minutes', opened + interval '1 day', i % 9 = 0
     FROM (SELECT i, timestamptz '2023-01-01' + make_interval(mins => (random() * 1500000)::int) AS opened
           FROM generate_series(1, $1::int) AS i) t`,
    [tickets, CUSTOMERS],
  );
  await dataSource.query(
    `INSERT INTO report_survey_responses (response_id, customer_id, queue_id, assignee_id, csat, nps, responded_at)
     SELECT md5('r' || ticket_id)::uuid, customer_id, queue_id, assignee_id, 1 + (random() * 4)::int, (random() * 10)::int, resolved_at
     FROM report_tickets WHERE random() < 0.4`,
  );
  await dataSource.query(
    `INSERT INTO report_segment_members (segment_id, customer_id)
     SELECT CASE WHEN i % 20 = 7 THEN $2::uuid ELSE md5('s' || (i % 20))::uuid END, md5('c' || i)::uuid
     FROM generate_series(1, $1::int, 3) AS i`,
    [CUSTOMERS, BENCH_SEGMENT],
  );
  for (const table of [
    'report_customers',
    'report_order_lines',
    'report_revenue_days',
    'report_tickets',
    'report_survey_responses',
  ]) {
    await dataSource.query(`ANALYZE ${table}`);
  }
  const rolledUp = Date.now();
  await refillCustomerReportRollups(dataSource.manager);
  console.log(`rolled the facts up in ${((Date.now() - rolledUp) / 1000).toFixed(1)} s`);
  console.log(
    `loaded ${CUSTOMERS} customers, ${orders} order lines, ${tickets} tickets in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return owner;
}

const admin = { userId: randomUUID(), roles: ['ADMIN'], teamId: null, managedUserIds: [] };
const year = { from: '2025-01-01', to: '2025-12-31' };

/** What managers and reps ask: the company by month, week and day, one region, one segment, a team, one rep. */
export function benchCases(owner: string): Record<string, ReportQuery> {
  const company = (granularity: ReportGranularity, period = year): ReportQuery => ({
    period: { ...period, granularity },
    filter: {},
    caller: admin,
    scope: 'all',
  });
  const teamOwners = Array.from({ length: 10 }, (_, i) => md5Uuid(`o${i + 1}`));
  return {
    'company, year by month': company('MONTH'),
    'company, year by week': company('WEEK'),
    'company, quarter by day': company('DAY', { from: '2025-04-01', to: '2025-06-30' }),
    'one region': { ...company('MONTH'), filter: { region: 'EMEA' } },
    'one segment': { ...company('MONTH'), filter: { segmentId: BENCH_SEGMENT } },
    'a team of 10': {
      ...company('MONTH'),
      caller: { userId: randomUUID(), roles: ['SALES_MANAGER'], teamId: null, managedUserIds: teamOwners },
      scope: 'team',
    },
    'one rep': {
      ...company('MONTH'),
      caller: { userId: owner, roles: ['SALES_REP'], teamId: null, managedUserIds: [] },
      scope: 'own',
    },
  };
}

/** p50/p99 of each customer report for each bench case. */
export async function benchCustomerReports(dataSource: DataSource): Promise<void> {
  console.log(
    `\n== customer reports over ${CUSTOMERS} customers / ${EVENTS} events (issue 14 item 8: p99 < 200 ms) ==`,
  );
  const owner = await loadReadModels(dataSource);
  const cases = benchCases(owner);
  for (const [name, report] of Object.entries(customerReports)) {
    for (const [caseName, query] of Object.entries(cases)) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        await report(dataSource, query);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(14)} ${caseName.padEnd(24)} p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms   p99 ${percentile(times, 99).toFixed(0).padStart(5)} ms`,
      );
    }
  }
}

/** Standalone: `npx tsx scripts/bench/analytics-customer-reports.bench.ts` on a scratch database. */
if (require.main === module) {
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseName = 'crm_bench_customer_reports';
  withScratchDatabase(adminUrl, databaseName, async () => {
    const dataSource = createServiceDataSource({
      url: serviceDatabaseUrl(adminUrl, databaseName, 'analytics'),
      poolSize: 4,
      schema: 'analytics',
      entities: [],
      migrations: analyticsMigrations,
    });
    await dataSource.initialize();
    try {
      await runMigrations(dataSource);
      await benchCustomerReports(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
