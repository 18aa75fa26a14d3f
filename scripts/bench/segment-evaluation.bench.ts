import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildEvent } from '@crm/events';
import type { EventHandler } from '@crm/messaging';
import { ManualClock } from '@crm/scheduler';
import {
  compileSegmentRule,
  customerProfileHandlers,
  parseSegmentRule,
  SqlParameters,
  syncSegmentMembers,
} from '@crm/marketing';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 1_000_000);
const EVENT_SAMPLES = 300;
/** Active dynamic segments every profile event is re-evaluated against. */
const LIVE_SEGMENTS = 20;
const DAY = 86_400_000;

/** Issue 13 §2: tier in (A, B) AND lifecycle AT_RISK AND last order more than 90 days ago. */
const AT_RISK_BEST = {
  combinator: 'AND',
  conditions: [
    { field: 'tier', operator: 'in', values: ['A', 'B'] },
    { field: 'lifecycle', operator: 'eq', value: 'AT_RISK' },
    { field: 'lastOrderAt', operator: 'olderThanDays', value: 90 },
  ],
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** 1 M profiles in one INSERT … SELECT over generate_series, attributes drawn at random; indexes rebuilt after. */
async function loadProfiles(dataSource: DataSource): Promise<void> {
  const started = Date.now();
  const indexes: { name: string; definition: string }[] = await dataSource.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'customer_profiles' AND indexname <> 'customer_profiles_pkey'`,
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX ${index.name}`);
  await dataSource.query(
    `INSERT INTO customer_profiles (customer_id, kind, email, region, industry, tags, tier, lifecycle, email_consent,
                                    csat, revenue, order_count, last_order_at, updated_at)
     SELECT gen_random_uuid(), CASE WHEN random() < 0.3 THEN 'PERSON' ELSE 'COMPANY' END,
            'contact' || i || '@example.com',
            (ARRAY['EMEA', 'NA', 'LATAM', 'APAC'])[1 + floor(random() * 4)::int],
            (ARRAY['SOFTWARE', 'RETAIL', 'LOGISTICS', 'ENERGY', 'MEDIA'])[1 + floor(random() * 5)::int],
            CASE WHEN random() < 0.2 THEN ARRAY['vip'] ELSE '{}' END,
            (ARRAY['A', 'B', 'C', 'D', NULL])[1 + floor(random() * 5)::int],
            (ARRAY['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'])[1 + floor(random() * 6)::int],
            random() < 0.6, 1 + floor(random() * 5)::int,
            jsonb_build_object('EUR', round((random() * 100000)::numeric, 2)::text),
            floor(random() * 20)::int, now() - make_interval(days => floor(random() * 730)::int), now()
     FROM generate_series(1, $1::int) AS i`,
    [PROFILES],
  );
  const loaded = Date.now();
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await manager.query(index.definition);
  });
  await dataSource.query('ANALYZE customer_profiles');
  console.log(
    `loaded ${PROFILES} customer profiles in ${seconds(loaded - started)}, rebuilt ${indexes.length} indexes in ${seconds(Date.now() - loaded)}`,
  );
}

/** The segment's whole membership computed and stored in SQL (what createSegment does), then rolled back. */
async function evaluateOnce(dataSource: DataSource, withoutIndexes: boolean) {
  const rule = parseSegmentRule(AT_RISK_BEST);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    if (withoutIndexes) {
      const names: { name: string }[] = await runner.query(
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()
         AND tablename = 'customer_profiles' AND indexname <> 'customer_profiles_pkey'`,
      );
      for (const { name } of names) await runner.query(`DROP INDEX ${name}`);
    }
    const segmentId = randomUUID();
    await runner.query(
      `INSERT INTO segments (id, name, kind, status, rule, created_at, updated_at)
       VALUES ($1, 'bench', 'DYNAMIC', 'ACTIVE', $2, now(), now())`,
      [segmentId, rule],
    );
    const parameters = new SqlParameters();
    const matches = compileSegmentRule(rule, parameters, new Date());
    const select = await timed(() =>
      runner.query(`SELECT p.customer_id FROM customer_profiles p WHERE ${matches}`, parameters.values),
    );
    const run = await timed(() => syncSegmentMembers(runner.manager, segmentId, rule, new Date()));
    return { selectMs: select.ms, ms: run.ms, members: run.result.added.length };
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/** The naive way: every profile read into the application and the rule tested there. */
async function evaluateInApplication(dataSource: DataSource) {
  const cutoff = Date.now() - 90 * DAY;
  return timed(async () => {
    const rows: {
      customer_id: string;
      tier: string | null;
      lifecycle: string | null;
      last_order_at: Date | null;
    }[] = await dataSource.query('SELECT customer_id, tier, lifecycle, last_order_at FROM customer_profiles');
    return rows.filter(
      (row) =>
        (row.tier === 'A' || row.tier === 'B') &&
        row.lifecycle === 'AT_RISK' &&
        row.last_order_at !== null &&
        row.last_order_at.getTime() < cutoff,
    ).length;
  });
}

/** One tier_changed through marketing's handler (projection + every live segment), in its own transaction. */
async function benchEventUpdates(dataSource: DataSource): Promise<void> {
  const clock = new ManualClock(new Date());
  const handle = customerProfileHandlers({ clock })[
    'crm.customer.customer.tier_changed'
  ] as EventHandler<'crm.customer.customer.tier_changed'>;
  const segmentIds: string[] = [];
  for (let i = 0; i < LIVE_SEGMENTS; i += 1) {
    const rule = {
      ...AT_RISK_BEST,
      conditions: [
        ...AT_RISK_BEST.conditions.slice(0, 2),
        { field: 'orderCount', operator: 'gte', value: i },
      ],
    };
    const id = randomUUID();
    segmentIds.push(id);
    await dataSource.query(
      `INSERT INTO segments (id, name, kind, status, rule, created_at, updated_at) VALUES ($1, $2, 'DYNAMIC', 'ACTIVE', $3, now(), now())`,
      [id, `bench ${i}`, rule],
    );
  }
  const ids: { customer_id: string }[] = await dataSource.query(
    `SELECT customer_id FROM customer_profiles TABLESAMPLE SYSTEM (1) LIMIT ${EVENT_SAMPLES}`,
  );
  const timings: number[] = [];
  for (const [i, { customer_id: customerId }] of ids.entries()) {
    const event = buildEvent('crm.customer.customer.tier_changed', {
      subject: customerId,
      actor: 'system',
      data: {
        customerId,
        from: null,
        to: i % 2 === 0 ? 'A' : 'C',
        reason: 'bench',
        source: 'EVENT',
        actorId: 'system',
        causingEventId: null,
        revenue: '0',
        currency: 'EUR',
        orderCount: 0,
        changedAt: new Date(Date.now() + i).toISOString(),
      },
    });
    const run = await timed(() => dataSource.transaction((manager) => handle(event as never, manager)));
    timings.push(run.ms);
  }
  timings.sort((a, b) => a - b);
  console.log(
    `one profile event → projection + ${LIVE_SEGMENTS} live segments re-evaluated, ${timings.length} events:  ` +
      `p50 ${percentile(timings, 50).toFixed(1)} ms   p99 ${percentile(timings, 99).toFixed(1)} ms`,
  );
  await dataSource.query('DELETE FROM segment_members WHERE segment_id = ANY($1::uuid[])', [segmentIds]);
  await dataSource.query('DELETE FROM segments WHERE id = ANY($1::uuid[])', [segmentIds]);
}

/** Segment evaluation over 1 M projected customers, against evaluation without indexes and in the application. */
export async function benchSegmentEvaluation(dataSource: DataSource): Promise<void> {
  console.log(`\n== segment evaluation over ${PROFILES} customer profiles (issue 13 §2) ==`);
  await loadProfiles(dataSource);
  const indexed = await evaluateOnce(dataSource, false);
  const again = await evaluateOnce(dataSource, false);
  const bare = await evaluateOnce(dataSource, true);
  const naive = await evaluateInApplication(dataSource);
  console.log('rule: tier in (A, B) AND lifecycle = AT_RISK AND last order more than 90 days ago');
  console.log('"select": the members found; "stored": the membership computed and written (createSegment)');
  const row = (name: string, run: { selectMs: number; ms: number; members: number }) =>
    console.log(
      `${name.padEnd(30)} select ${seconds(run.selectMs)}   stored ${seconds(run.ms)}   ${run.members} members`,
    );
  row('with indexes (target < 2 s)', indexed);
  row('with indexes, warm', again);
  row('baseline: no indexes', bare);
  console.log(
    `${'baseline: in the application'.padEnd(30)} select ${seconds(naive.ms)}   ${naive.result} members`,
  );
  await benchEventUpdates(dataSource);
}
