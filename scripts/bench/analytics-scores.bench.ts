import type { DataSource } from 'typeorm';
import { readModelsIn, refreshCustomerScore, rescoreAllCustomers, scoreSettings } from '@crm/analytics';
import { systemOrigin } from '@crm/events';
import { serviceDatabaseUrl } from '@crm/infra';
import { withScratchDatabase } from './bench-database';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const EVENT_SAMPLES = Number(process.env.BENCH_SCORE_EVENTS ?? 500);
/** The former event path counted the whole base; a few runs tell its cost. */
const COUNTING_SAMPLES = 20;
const DAY = 86_400_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * What the score handlers would have kept of CUSTOMERS customers, straight in SQL: nine in ten
 * bought (~2.5 orders each, skewed: a few buy often), a tenth of the payments in USD, 3 % with an
 * open complaint, a fifth with a survey answer, two fifths with an interaction.
 */
async function loadScoreInputs(dataSource: DataSource, now: Date): Promise<void> {
  const started = performance.now();
  const buyers = Math.floor(CUSTOMERS * 0.9);
  const customer = (index: string) => `md5('sc' || (${index}))::uuid`;
  await dataSource.query(
    `INSERT INTO customer_facts (customer_id, kind, created_at)
     SELECT ${customer('i')}, 'COMPANY', $2::timestamptz - make_interval(days => 400 + (random() * 1100)::int)
     FROM generate_series(1, $1::int) AS i`,
    [CUSTOMERS, now],
  );
  await dataSource.query(
    `INSERT INTO customer_payments (payment_id, order_id, customer_id, amount, currency, received_at)
     SELECT md5('sp' || i)::uuid, md5('so' || i)::uuid, ${customer('1 + (random() * random() * $2)::int')},
            round((random() * 2000)::numeric, 2), CASE WHEN i % 10 = 0 THEN 'USD' ELSE 'EUR' END,
            $3::timestamptz - make_interval(mins => (random() * 1100 * 1440)::int)
     FROM generate_series(1, $1::int) AS i`,
    [Math.round(buyers * 2.5), buyers, now],
  );
  await dataSource.query(
    `INSERT INTO exchange_rates (currency, quote_currency, effective_on, rate, recorded_by, recorded_at)
     SELECT 'USD', 'EUR', d::date, 0.9, 'bench', now()
     FROM generate_series(date '2022-01-01', $1::date, interval '1 month') d
     ON CONFLICT DO NOTHING`,
    [now],
  );
  await dataSource.query(
    `INSERT INTO customer_complaints (ticket_id, customer_id, opened_at)
     SELECT md5('st' || i)::uuid, ${customer('i')}, $2::timestamptz - interval '20 days'
     FROM generate_series(1, $1::int, 33) AS i`,
    [CUSTOMERS, now],
  );
  await dataSource.query(
    `INSERT INTO customer_survey_answers (response_id, customer_id, csat_score, nps_score, responded_at)
     SELECT md5('sr' || i)::uuid, ${customer('i')}, 1 + (random() * 4)::int, (random() * 10)::int,
            $2::timestamptz - make_interval(days => (random() * 500)::int)
     FROM generate_series(1, $1::int, 5) AS i`,
    [CUSTOMERS, now],
  );
  await dataSource.query(
    `INSERT INTO timeline_entries (id, customer_id, kind, occurred_at, title, created_at)
     SELECT md5('si' || i)::uuid, ${customer('i')}, 'INTERACTION',
            $2::timestamptz - make_interval(days => (random() * 300)::int), 'Call', $2::timestamptz
     FROM generate_series(1, $1::int) AS i WHERE i % 5 < 2`,
    [CUSTOMERS, now],
  );
  for (const table of [
    'customer_facts',
    'customer_payments',
    'customer_complaints',
    'customer_survey_answers',
  ])
    await dataSource.query(`ANALYZE ${table}`);
  await dataSource.query('ANALYZE timeline_entries');
  console.log(`loaded the score inputs of ${CUSTOMERS} customers in ${seconds(started)} s`);
}

async function timeNightly(dataSource: DataSource, now: Date, jobId: string, label: string): Promise<void> {
  const started = performance.now();
  const tally = await rescoreAllCustomers(dataSource, now, jobId, scoreSettings(process.env));
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `nightly rescoring, ${label}: ${tally.scored} scored, ${tally.ranked} ranked, ${tally.announced} churn announcements ` +
      `in ${elapsed.toFixed(1)} s (${Math.round(tally.scored / elapsed)} customers/s)`,
  );
}

async function sampleCustomers(dataSource: DataSource, count: number): Promise<string[]> {
  const rows: { customer_id: string }[] = await dataSource.query(
    'SELECT customer_id FROM customer_facts ORDER BY md5(customer_id::text) LIMIT $1',
    [count],
  );
  return rows.map((row) => row.customer_id);
}

function printTimes(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}: p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   (${sorted.length} runs)`,
  );
}

/** One event's rescoring of its customer, in its own transaction as a handler runs it. */
async function timeEventScoring(dataSource: DataSource, now: Date): Promise<void> {
  const run = { now, origin: systemOrigin('bench-event'), settings: scoreSettings(process.env) };
  const times: number[] = [];
  for (const customerId of await sampleCustomers(dataSource, EVENT_SAMPLES)) {
    const started = performance.now();
    await dataSource.transaction((manager) => refreshCustomerScore(manager, customerId, run));
    times.push(performance.now() - started);
  }
  printTimes('per-event scoring (one customer, stored cuts)', times);
}

/** The statement the former event path ranked its customer with: three counts over the whole base. */
async function timeFormerRankCount(dataSource: DataSource): Promise<void> {
  const times: number[] = [];
  for (const customerId of await sampleCustomers(dataSource, COUNTING_SAMPLES)) {
    const [figures]: { last_purchase_at: Date; purchases: number; monetary: string }[] =
      await dataSource.query(
        'SELECT last_purchase_at, purchases, monetary FROM customer_scores WHERE customer_id = $1',
        [customerId],
      );
    const started = performance.now();
    await dataSource.query(
      `SELECT count(*) FILTER (WHERE last_purchase_at <= $2)::int, count(*) FILTER (WHERE purchases <= $3)::int,
              count(*) FILTER (WHERE monetary <= $4)::int, count(*)::int
       FROM customer_scores WHERE purchases > 0 AND customer_id <> $1`,
      [customerId, figures.last_purchase_at, figures.purchases, figures.monetary],
    );
    times.push(performance.now() - started);
  }
  printTimes('before: the former per-event rank statement alone (counts the base)', times);
}

async function printRecencySpread(dataSource: DataSource): Promise<void> {
  const rows: { score: number; customers: number }[] = await dataSource.query(
    `SELECT recency_score AS score, count(*)::int AS customers FROM customer_scores
     WHERE recency_score IS NOT NULL GROUP BY 1 ORDER BY 1`,
  );
  console.log(`recency quintiles: ${rows.map((row) => `${row.score}: ${row.customers}`).join(', ')}`);
}

/**
 * Scores at CUSTOMERS customers (issue 14 item 3): the nightly rescoring of the whole base, first
 * run (every row new) and the next night (rows there, some risks crossing back), and one event's
 * rescoring against the stored cuts, against the statement the former event path counted the base with.
 */
export async function benchAnalyticsScores(dataSource: DataSource): Promise<void> {
  console.log(`\n== customer scores over ${CUSTOMERS} customers (issue 14 item 3) ==`);
  const now = new Date();
  await loadScoreInputs(dataSource, now);
  await timeNightly(dataSource, now, 'bench-night-1', 'first night');
  await timeNightly(dataSource, new Date(now.getTime() + DAY), 'bench-night-2', 'next night');
  await printRecencySpread(dataSource);
  await timeEventScoring(dataSource, new Date(now.getTime() + DAY));
  await timeFormerRankCount(dataSource);
}

/** `npm run bench` with BENCH_ONLY=scores, or standalone: `npx tsx scripts/bench/analytics-scores.bench.ts`. */
export async function benchAnalyticsScoresAlone(adminUrl: string, databaseName: string): Promise<void> {
  // The service's own tables (outbox included: the churn loop announces through it) and read models.
  const dataSource = await readModelsIn(serviceDatabaseUrl(adminUrl, databaseName, 'analytics'), 'analytics');
  try {
    await benchAnalyticsScores(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseName = 'crm_bench_scores';
  withScratchDatabase(adminUrl, databaseName, () => benchAnalyticsScoresAlone(adminUrl, databaseName)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
