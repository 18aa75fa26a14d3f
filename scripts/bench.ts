import { loadInfrastructureConfig } from '@crm/config';
import { deleteTestRunKafka, startPlatform, tokenFor } from '@crm/platform-testing';
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
    if (runs('customer-import')) await benchCustomerImport(platform.subgraphs.customer.dataSource);
    if (runs('customer-search')) await benchCustomerSearch(platform, token);
    if (runs('duplicates')) await benchDuplicateCandidates(platform, token);
    if (runs('consumer')) await benchConsumerThroughput(QUICK);
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
