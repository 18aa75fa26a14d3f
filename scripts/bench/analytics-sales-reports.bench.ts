import type { DataSource } from 'typeorm';
import { DEMO_ADMIN, graphqlRequest, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

/** 1 M customers' worth of deals: two per customer (≈ 5 M sales events: created, moves, close). */
const DEALS = Number(process.env.BENCH_SALES_DEALS ?? 2_000_000);
const OWNERS = 500;
const TEAM_SIZE = 10;
const WARMUP = 10;
const SAMPLES = Number(process.env.BENCH_SALES_SAMPLES ?? 100);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ownerId = (i: number) => `0194d000-0000-7000-8000-${String(i).padStart(12, '0')}`;
const teamId = (i: number) => `0194d001-0000-7000-8000-${String(i).padStart(12, '0')}`;

/**
 * Deals over three years straight into analytics' read models with generate_series (indexes
 * dropped and rebuilt), 500 owners in 50 teams, EUR/USD/GBP with daily rates, monthly quotas and
 * one large-deal alert in a hundred. Won deals are converted and the roll-ups filled by the SQL
 * functions migration 1764000008810 fills them with.
 */
async function loadSalesReadModels(dataSource: DataSource, owners: string[]): Promise<void> {
  const started = Date.now();
  const indexes: { name: string; definition: string }[] = await dataSource.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'sales_deals' AND indexname <> 'sales_deals_pkey'`,
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX ${index.name}`);
  await dataSource.query(
    `INSERT INTO report_user_teams (user_id, team_id) SELECT o, ('0194d001-0000-7000-8000-' || lpad(((n - 1) / $2)::text, 12, '0'))::uuid
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(o, n) ON CONFLICT (user_id) DO UPDATE SET team_id = EXCLUDED.team_id`,
    [owners, TEAM_SIZE],
  );
  await dataSource.query(
    `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
     SELECT c, 'EUR', d, CASE c WHEN 'USD' THEN 0.9 ELSE 1.15 END + (random() * 0.05)::numeric(6, 4), 'bench', now()
     FROM unnest(ARRAY['USD', 'GBP']) c, generate_series(current_date - 1200, current_date, interval '1 day') d
     ON CONFLICT DO NOTHING`,
  );
  // Each LATERAL mentions i so Postgres draws its random() per deal (an uncorrelated one runs once:
  // every deal had one owner). A deal whose close would fall after now is still open.
  await dataSource.query(
    `INSERT INTO sales_deals (opportunity_id, owner_id, amount, currency, stage, probability, expected_close_date,
                              created_at, created_on, outcome, closed_at, closed_on, furthest_stage)
     SELECT gen_random_uuid(), o.owner, (100 + random() * 100000)::numeric(19, 2), c.currency, s.stage, s.probability,
            (t.created + (30 + random() * 120)::int * interval '1 day')::date,
            t.created, t.created::date, d.outcome, d.closed, d.closed::date, s.furthest
     FROM generate_series(1, $1::int) AS i,
          LATERAL (SELECT ($2::uuid[])[1 + floor(random() * array_length($2::uuid[], 1))::int] AS owner WHERE i > 0) o,
          LATERAL (SELECT (ARRAY['EUR', 'EUR', 'EUR', 'USD', 'GBP'])[1 + floor(random() * 5)::int] AS currency WHERE i > 0) c,
          LATERAL (SELECT now() - make_interval(secs => (random() * 3 * 365 * 86400)::int) AS created,
                          make_interval(secs => (random() * 120 * 86400)::int) AS cycle, random() AS r WHERE i > 0) t,
          LATERAL (SELECT t.r AS r, CASE WHEN t.created + t.cycle > now() THEN NULL WHEN t.r < 0.25 THEN 'WON' WHEN t.r < 0.6 THEN 'LOST' END AS outcome,
                          CASE WHEN t.created + t.cycle <= now() AND t.r < 0.6 THEN t.created + t.cycle END AS closed) d,
          LATERAL (SELECT CASE d.outcome WHEN 'WON' THEN 'CLOSED_WON' WHEN 'LOST' THEN 'CLOSED_LOST'
                              ELSE (ARRAY['PROSPECTING', 'QUALIFICATION', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION'])[1 + floor(d.r * 100)::int % 5] END AS stage,
                          CASE d.outcome WHEN 'WON' THEN 100 WHEN 'LOST' THEN 0 ELSE (ARRAY[10, 20, 40, 60, 80])[1 + floor(d.r * 100)::int % 5] END AS probability,
                          CASE d.outcome WHEN 'WON' THEN 6 ELSE 1 + floor(d.r * 100)::int % 5 END AS furthest) s`,
    [DEALS, owners],
  );
  await dataSource.query(
    `INSERT INTO sales_quotas (quota_id, user_id, team_id, period, starts_on, ends_on, target_amount, currency, version)
     SELECT gen_random_uuid(), o, NULL, to_char(m, 'YYYY-MM'), m::date, (m + interval '1 month - 1 day')::date, 200000, 'EUR', 1
     FROM unnest($1::uuid[]) o, generate_series(date_trunc('month', now()) - interval '35 months', date_trunc('month', now()), interval '1 month') m`,
    [owners],
  );
  await dataSource.query(
    `INSERT INTO large_deal_alerts (opportunity_id, detected_at, amount, currency, threshold, owner_id, team_id, manager_id)
     SELECT opportunity_id, created_at, amount, currency, 90000, owner_id, NULL, NULL FROM sales_deals WHERE amount > 99000`,
  );
  await dataSource.query('SELECT convert_won_deals(NULL, NULL)');
  const loaded = Date.now();
  for (const index of indexes) await dataSource.query(index.definition);
  const indexed = Date.now();
  await dataSource.query('SELECT refill_sales_rollups()');
  await dataSource.query('VACUUM ANALYZE sales_deals');
  await dataSource.query('ANALYZE');
  const seconds = (from: number, to = Date.now()) => ((to - from) / 1000).toFixed(1);
  console.log(
    `loaded and converted ${DEALS} deals in ${seconds(started, loaded)} s, rebuilt ${indexes.length} indexes in ${seconds(loaded, indexed)} s, filled the roll-ups (and vacuumed) in ${seconds(indexed)} s`,
  );
}

const year = (() => {
  const to = new Date();
  const from = new Date(to.getTime() - 364 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
})();
const quarterAhead = (() => {
  const from = new Date();
  const to = new Date(from.getTime() + 180 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
})();

/** Every sales report, the user quota view of `quotaHolder` (a user identity knows). */
const reportsFor = (
  quotaHolder: string,
): { name: string; document: string; variables: Record<string, unknown> }[] => [
  {
    name: 'salesFunnel',
    document: `query ($p: ReportPeriod!) { salesFunnel(period: $p) { stage reached conversionFromPrevious } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'winRate by OWNER',
    document: `query ($p: ReportPeriod!) { winRate(period: $p, by: OWNER) { points { label winRate } } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'winRate by TEAM',
    document: `query ($p: ReportPeriod!) { winRate(period: $p, by: TEAM) { points { label winRate } } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'winRate by SOURCE',
    document: `query ($p: ReportPeriod!) { winRate(period: $p, by: SOURCE) { points { label winRate } } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'winRate by PERIOD',
    document: `query ($p: ReportPeriod!) { winRate(period: $p, by: PERIOD) { points { label winRate } } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'salesCycle',
    document: `query ($p: ReportPeriod!) { salesCycle(period: $p) { averageDays points { label averageDays } } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'pipelineVelocity',
    document: `query ($p: ReportPeriod!) { pipelineVelocity(period: $p) { total { velocityPerDay } } }`,
    variables: { p: { ...year, granularity: 'QUARTER' } },
  },
  {
    name: 'salesForecast',
    document: `query ($p: ReportPeriod!) { salesForecast(period: $p) { points { label weightedPipeline commit bestCase } } }`,
    variables: { p: { ...quarterAhead, granularity: 'MONTH' } },
  },
  {
    name: 'user quotaAttainment',
    document: `query ($u: ID!, $p: ReportPeriod!) { user(id: $u) { quotaAttainment(period: $p) { attainment } } }`,
    variables: { u: quotaHolder, p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'teamQuotaAttainment',
    document: `query ($t: ID!, $p: ReportPeriod!) { teamQuotaAttainment(teamId: $t, period: $p) { attainment } }`,
    variables: { t: teamId(3), p: { ...year, granularity: 'MONTH' } },
  },
  {
    name: 'largeDealAlerts',
    document: `query ($p: ReportPeriod!) { largeDealAlerts(period: $p, first: 50) { alerts { detectedAt } } }`,
    variables: { p: { ...year, granularity: 'MONTH' } },
  },
];

/**
 * A user identity knows (User.quotaAttainment resolves only those), once analytics has applied its
 * creation: the bench then puts it on team 3, which its creation event would otherwise undo.
 */
async function identityUser(platform: TestPlatform, admin: string): Promise<string> {
  const created = await graphqlRequest(
    platform.gatewayUrl,
    `mutation ($email: String!) { createUser(input: { name: "Bench rep", email: $email, roles: ["SALES_REP"] }) { id } }`,
    { email: `bench-rep-${Date.now()}@example.com` },
    admin,
  );
  if (created.errors) throw new Error(`createUser: ${JSON.stringify(created.errors)}`);
  const userId = (created.data as { createUser: { id: string } }).createUser.id;
  await waitFor(async () => {
    const rows = await platform.subgraphs.analytics.dataSource.query(
      'SELECT 1 FROM report_user_teams WHERE user_id = $1',
      [userId],
    );
    if (rows.length === 0) throw new Error('analytics has not applied user.created yet');
  });
  return userId;
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

/**
 * `npm run bench`, the sales reports (issue 14 item 8) over a year of 2 M deals, each through the
 * gateway, sequentially: as an admin (every deal) and as a manager (a team of ten). The year starts
 * and ends mid-month, so each report reads partial months from the deals as well as the roll-ups.
 */
export async function benchAnalyticsSalesReports(platform: TestPlatform): Promise<void> {
  console.log(`\n== sales reports on ${DEALS} deals, ${SAMPLES} sequential requests each ==`);
  const admin = await tokenFor();
  const quotaHolder = await identityUser(platform, admin);
  const owners = Array.from({ length: OWNERS }, (_, i) => ownerId(i));
  owners[3 * TEAM_SIZE] = quotaHolder;
  await loadSalesReadModels(platform.subgraphs.analytics.dataSource, owners);
  const callers = {
    admin,
    manager: await tokenFor({
      ...DEMO_ADMIN,
      roles: ['SALES_MANAGER'],
      teamId: teamId(3),
      managedUserIds: owners.slice(3 * TEAM_SIZE, 4 * TEAM_SIZE),
    }),
  };
  const rows: string[][] = [];
  for (const report of reportsFor(quotaHolder)) {
    for (const [who, token] of Object.entries(callers)) {
      const check = await graphqlRequest(platform.gatewayUrl, report.document, report.variables, token);
      if (check.errors) throw new Error(`${report.name}: ${JSON.stringify(check.errors)}`);
      const samples = await timings(() =>
        graphqlRequest(platform.gatewayUrl, report.document, report.variables, token),
      );
      rows.push([report.name, who, percentile(samples, 50).toFixed(1), percentile(samples, 99).toFixed(1)]);
    }
  }
  const header = ['report', 'caller', 'p50 ms', 'p99 ms'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
}
