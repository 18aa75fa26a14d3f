import { loadInfrastructureConfig } from '@crm/config';
import { appendToOutbox } from '@crm/messaging';
import {
  deleteTestRunKafka,
  EventProbe,
  sampleCustomerCreatedEvent,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { ensureKafka, ensurePostgres } from '@crm/infra';
import { withScratchDatabase } from './bench/bench-database';
import { benchGatewayPeers } from './bench/gateway-peers.bench';
import { benchCustomerImport } from './bench/customer-import.bench';
import { benchCustomerSearch } from './bench/customer-search.bench';
import { benchDuplicateCandidates } from './bench/duplicate-candidates.bench';
import { benchConsumerThroughput } from './bench/consumer-throughput.bench';
import { benchTicketList } from './bench/ticket-list.bench';
import { benchSegmentEvaluation } from './bench/segment-evaluation.bench';
import { benchRecommendationHitRate } from './bench/recommendation-hit-rate.bench';
import { benchAnalyticsSalesReports } from './bench/analytics-sales-reports.bench';
import { benchCustomerReports } from './bench/analytics-customer-reports.bench';
import { benchAnalyticsScores } from './bench/analytics-scores.bench';

const BENCH_DATABASE = 'crm_bench';
/** `npm run bench -- --quick`: fewer and shorter rounds where a scenario offers them. */
const QUICK = process.argv.includes('--quick');
const EVENT_BURST = 500;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `npm run bench`: on a database and topics of its own, all deleted at the end (also on failure). */
async function main() {
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres();
  await ensureKafka(infrastructure.kafkaBrokers);
  const runId = `bench-${Date.now().toString(36)}`;
  const ownTopicPrefix = process.env.KAFKA_TOPIC_PREFIX ? undefined : `bench.${runId}.`;
  Object.assign(process.env, {
    CRM_TEST_ADMIN_URL: postgres.adminUrl,
    CRM_TEST_DATABASE: BENCH_DATABASE,
    KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
    CRM_TEST_RUN_ID: runId,
    KAFKA_TOPIC_PREFIX: process.env.KAFKA_TOPIC_PREFIX || ownTopicPrefix,
  });
  try {
    await withScratchDatabase(postgres.adminUrl, BENCH_DATABASE, runBenchmarks);
  } finally {
    const deleted = await deleteTestRunKafka({ brokers: infrastructure.kafkaBrokers, runId, ownTopicPrefix });
    console.log(
      `deleted the bench's ${deleted.topics.length} topics and ${deleted.groups.length} consumer groups`,
    );
    await postgres.stop();
  }
}

/** BENCH_ONLY=sales,customer-reports runs only the named scenarios (all when unset). */
const onlyScenarios = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const runs = (scenario: string) => !onlyScenarios || onlyScenarios.includes(scenario);

async function runBenchmarks() {
  const platform = await startPlatform();
  const token = await tokenFor();
  try {
    if (runs('gateway')) await benchGatewayPeers(platform, token, QUICK);
    if (runs('lag')) await benchCommitLag(platform);
    if (runs('customer-import')) await benchCustomerImport(platform.subgraphs.customer.dataSource);
    if (runs('customer-search')) await benchCustomerSearch(platform, token);
    if (runs('duplicates')) await benchDuplicateCandidates(platform, token);
    if (runs('consumer')) await benchConsumerThroughput();
    if (runs('tickets')) await benchTicketList(platform);
    if (runs('segments')) await benchSegmentEvaluation(platform.subgraphs.marketing.dataSource);
    if (runs('recommendations')) await benchRecommendationHitRate();
    if (runs('sales')) await benchAnalyticsSalesReports(platform);
    if (runs('customer-reports')) await benchCustomerReports(platform.subgraphs.analytics.dataSource);
    if (runs('scores')) await benchAnalyticsScores(platform.subgraphs.analytics.dataSource);
  } finally {
    await platform.stop();
  }
}

/** Commit → consumer lag of a burst of customer events. */
async function benchCommitLag(platform: TestPlatform) {
  console.log(`\n== commit → consumer lag, burst of ${EVENT_BURST} events ==`);
  const probe = await EventProbe.start(['crm.customer.customer.v1']);
  const committedAt = new Map<string, number>();
  const dataSource = platform.subgraphs.customer.dataSource;
  for (let i = 0; i < EVENT_BURST; i++) {
    const event = sampleCustomerCreatedEvent(undefined, `Burst ${i}`);
    await dataSource.transaction((manager) => appendToOutbox(manager, [event]));
    committedAt.set(event.subject, Date.now());
  }
  const deadline = Date.now() + 60_000;
  while (
    probe.messages.filter((m) => m.key && committedAt.has(m.key)).length < EVENT_BURST &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const lags = probe.messages
    .filter((m) => m.key && committedAt.has(m.key))
    .map((m) => m.receivedAt - committedAt.get(m.key!)!)
    .sort((a, b) => a - b);
  await probe.stop();
  console.log(
    `received ${lags.length}/${EVENT_BURST}   lag p50 ${percentile(lags, 50)} ms   p99 ${percentile(lags, 99)} ms`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
