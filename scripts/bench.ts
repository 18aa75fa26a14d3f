import autocannon from 'autocannon';
import { devKeyFile, INTERNAL_TOKEN_ISSUER, loadSigningKey, signToken } from '@crm/auth';
import { loadInfrastructureConfig } from '@crm/config';
import { appendToOutbox } from '@crm/messaging';
import {
  deleteTestRunKafka,
  EventProbe,
  graphqlRequest,
  sampleCustomerCreatedEvent,
  startPlatform,
  tokenFor,
  DEMO_ADMIN,
} from '@crm/platform-testing';
import { ensureKafka, ensurePostgres } from '@crm/infra';
import { withScratchDatabase } from './bench/bench-database';
import { benchCustomerImport } from './bench/customer-import.bench';
import { benchCustomerSearch } from './bench/customer-search.bench';
import { benchDuplicateCandidates } from './bench/duplicate-candidates.bench';
import { benchConsumerThroughput } from './bench/consumer-throughput.bench';
import { benchTicketList } from './bench/ticket-list.bench';
import { benchSegmentEvaluation } from './bench/segment-evaluation.bench';
import { benchRecommendationHitRate } from './bench/recommendation-hit-rate.bench';
import { benchAnalyticsSalesReports } from './bench/analytics-sales-reports.bench';
import { benchCustomerReports } from './bench/analytics-customer-reports.bench';

const BENCH_DATABASE = 'crm_bench';
const DURATION_S = 5;
const EVENT_BURST = 500;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function load(url: string, token: string, body: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    duration: DURATION_S,
    connections: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

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

async function runBenchmarks() {
  const platform = await startPlatform();
  const token = await tokenFor();
  try {
    const created = await graphqlRequest(
      platform.gatewayUrl,
      'mutation { createCustomer(input: {kind: COMPANY, name: "Bench"}) { id } }',
      {},
      token,
    );
    const id = (created.data as { createCustomer: { id: string } }).createCustomer.id;
    const body = JSON.stringify({
      query: 'query ($id: ID!) { customer(id: $id) { id name kind } }',
      variables: { id },
    });

    console.log(`\n== customer(id) for ${DURATION_S} s, 10 connections ==`);
    // Straight to the subgraph with the internal token the gateway would have minted for it.
    const gatewayKey = await loadSigningKey(undefined, devKeyFile('gateway'));
    const internal = await signToken(
      DEMO_ADMIN,
      gatewayKey,
      { issuer: INTERNAL_TOKEN_ISSUER, audience: 'customer' },
      '5m',
    );
    const direct = await load(platform.subgraphs.customer.url, internal, body);
    const gateway = await load(platform.gatewayUrl, token, body);
    console.log(`direct subgraph  ${direct.rps} req/s   p99 ${direct.p99} ms   errors ${direct.errors}`);
    console.log(`through gateway  ${gateway.rps} req/s   p99 ${gateway.p99} ms   errors ${gateway.errors}`);
    console.log(
      `gateway cost     ${(direct.rps / Math.max(gateway.rps, 1)).toFixed(2)}× fewer req/s (baseline: direct subgraph)`,
    );

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

    await benchCustomerImport(platform.subgraphs.customer.dataSource);
    await benchCustomerSearch(platform, token);
    await benchDuplicateCandidates(platform, token);
    await benchConsumerThroughput();
    await benchTicketList(platform);
    await benchSegmentEvaluation(platform.subgraphs.marketing.dataSource);
    await benchRecommendationHitRate();
    await benchAnalyticsSalesReports(platform);
    await benchCustomerReports(platform.subgraphs.analytics.dataSource);
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
