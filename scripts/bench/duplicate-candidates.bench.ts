import type { DataSource } from 'typeorm';
import { findDuplicatePairs } from '@crm/customer';
import { graphqlRequest, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { encodeCursor } from '@crm/subgraph-kit';
import { BENCH_CUSTOMERS, BENCH_OWNER_IDS, loadBenchCustomers } from './bench-customers';

const TWINS_EVERY = 50;
const WARMUP = 20;
const SAMPLES = 500;
const PAGE = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * The bench customers have unique emails and phones and crowded name blocks, so no pairs: every
 * TWINS_EVERY-th one gets a twin with the same email, inserted the way the service writes, its
 * trigger keeping duplicate_candidates current in the same statement.
 */
async function addTwins(dataSource: DataSource): Promise<string> {
  const started = Date.now();
  const [{ inserted }] = await dataSource.query(
    `WITH twins AS (
       INSERT INTO customers (id, kind, name, email, owner_id, lifecycle_stage, created_at, updated_at, version)
       SELECT gen_random_uuid(), kind, name || ' (twin)', email, owner_id, lifecycle_stage, now(), now(), 1
         FROM customers
        WHERE phone LIKE '+3361%' AND substring(phone from 6)::int % ${TWINS_EVERY} = 0
       RETURNING 1)
     SELECT count(*)::int AS inserted FROM twins`,
  );
  const seconds = (Date.now() - started) / 1000;
  return `${inserted} twins inserted with the trigger on in ${seconds.toFixed(1)} s (${Math.round(inserted / seconds)} rows/s)`;
}

/**
 * A rep's first page as it was read before the pairs carried their owners (baseline): everyone's
 * pairs walked in key order, each joined to its customers to drop the ones that are not the rep's.
 */
const OWNERS_BY_JOIN = `
  SELECT d.left_id, d.right_id FROM duplicate_candidates d
  JOIN customers l ON l.id = d.left_id JOIN customers r ON r.id = d.right_id
  WHERE l.owner_id = ANY($1) AND r.owner_id = ANY($1)
  GROUP BY d.left_id, d.right_id ORDER BY d.left_id, d.right_id LIMIT ${PAGE + 1}`;

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
 * `npm run bench`, duplicateCandidates over 1 M customers (issue 16 item 5: a page in p99 ≤ 50 ms):
 * the first page and pages from random cursors, through the gateway and as the subgraph's own query.
 */
export async function benchDuplicateCandidates(platform: TestPlatform, token: string): Promise<void> {
  console.log(`\n== duplicateCandidates over ${BENCH_CUSTOMERS} customers, ${SAMPLES} sequential pages ==`);
  const dataSource = platform.subgraphs.customer.dataSource;
  await loadBenchCustomers(dataSource);
  console.log(await addTwins(dataSource));
  const [{ pairs }] = await dataSource.query('SELECT count(*)::int AS pairs FROM duplicate_candidates');
  const lefts: { id: string }[] = await dataSource.query(
    `SELECT left_id AS id FROM duplicate_candidates TABLESAMPLE SYSTEM (5) LIMIT ${SAMPLES}`,
  );
  const cursorAt = (i: number) => {
    const id = lefts[i % lefts.length]?.id;
    return id ? encodeCursor([id, id]) : null;
  };
  const document = `query ($after: String) {
    duplicateCandidates(first: ${PAGE}, after: $after) { edges { node { score reasons left { id } right { id } } } }
  }`;
  const check = await graphqlRequest(platform.gatewayUrl, document, { after: cursorAt(0) }, token);
  if (check.errors) throw new Error(`duplicateCandidates: ${JSON.stringify(check.errors)}`);
  // A rep sees the pairs whose two customers are theirs (a fiftieth of the base).
  const repId = BENCH_OWNER_IDS[0];
  const rep = await tokenFor({ userId: repId, roles: ['SALES_REP'], teamId: null, managedUserIds: [] });
  let i = 0;
  const rows = [
    ['first page, SQL', await timings(() => findDuplicatePairs(dataSource, null, null, PAGE + 1))],
    ['first page, gateway', await timings(() => graphqlRequest(platform.gatewayUrl, document, {}, token))],
    [
      'random cursor, gateway',
      await timings(() => graphqlRequest(platform.gatewayUrl, document, { after: cursorAt(i++) }, token)),
    ],
    [
      'first page as a rep, SQL',
      await timings(() => findDuplicatePairs(dataSource, [repId], null, PAGE + 1)),
    ],
    [
      'first page as a rep, gateway',
      await timings(() => graphqlRequest(platform.gatewayUrl, document, {}, rep)),
    ],
    ['rep, SQL before 4710 (baseline)', await timings(() => dataSource.query(OWNERS_BY_JOIN, [[repId]]))],
  ] as const;
  console.log(`${pairs} pairs in duplicate_candidates`);
  for (const [name, samples] of rows)
    console.log(
      `${name.padEnd(32)} p50 ${percentile(samples, 50).toFixed(2)} ms   p99 ${percentile(samples, 99).toFixed(2)} ms` +
        `${percentile(samples, 99) <= 50 ? '' : '   (> 50 ms)'}`,
    );
}
