import { fork } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import type { TestPlatform } from '@crm/platform-testing';
import { startPeers, stopPeers, usageOf, type PeerProcess } from './gateway-peer-processes';
import { gatewayPeerQueries, type PeerQuery } from './gateway-peers.fixtures';
import type { LoadOrder, LoadResult } from './load-generator.process';

const CONNECTIONS = 10;
const FULL = { rounds: 6, durationS: 5, warmupS: 2 };
const QUICK = { rounds: 3, durationS: 3, warmupS: 1 };

/** One peer's figures for one query in one round. */
interface Sample extends LoadResult {
  gatewayCpuMsPerRequest?: number;
  subgraphCpuMsPerRequest?: number;
  gatewayRssMiB?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function loadGenerator() {
  const child = fork(join(__dirname, 'load-generator.process.ts'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const run = (order: LoadOrder) =>
    new Promise<LoadResult>((resolve, reject) => {
      child.once('message', (answer: { result?: LoadResult; error?: string }) =>
        answer.result ? resolve(answer.result) : reject(new Error(`load generator: ${answer.error}`)),
      );
      child.send(order);
    });
  return { run, stop: () => child.kill() };
}

const peersFor = (query: PeerQuery, peers: PeerProcess[]) =>
  peers.filter((peer) => peer.child || query.directSubgraph);

/** Every peer must answer the query with the same data as ours before its speed means anything. */
async function checkSameAnswers(query: PeerQuery, peers: PeerProcess[]): Promise<void> {
  const answers = await Promise.all(
    peersFor(query, peers).map(async (peer) => {
      const response = await fetch(peer.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${peer.token}` },
        body: query.body,
      });
      return { peer, answer: (await response.json()) as { data?: unknown; errors?: unknown } };
    }),
  );
  const ours = answers[0].answer;
  for (const { peer, answer } of answers) {
    if (answer.errors || !answer.data)
      throw new Error(`${peer.label} answered ${query.name} with ${JSON.stringify(answer)}`);
    if (!isDeepStrictEqual(answer.data, ours.data))
      console.warn(`! ${peer.label} answers ${query.name} differently from A`);
  }
}

async function measure(
  run: (order: LoadOrder) => Promise<LoadResult>,
  peer: PeerProcess,
  query: PeerQuery,
  durationS: number,
): Promise<Sample> {
  const order = {
    url: peer.url,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${peer.token}` },
    body: query.body,
    durationS,
    connections: CONNECTIONS,
  };
  const [gatewayBefore, subgraphsBefore] = await Promise.all([usageOf(peer.child?.pid), usageOf(undefined)]);
  const result = await run(order);
  const [gatewayAfter, subgraphsAfter] = await Promise.all([usageOf(peer.child?.pid), usageOf(undefined)]);
  const perRequest = (ms: number) => (result.requests ? ms / result.requests : undefined);
  return {
    ...result,
    // autocannon's average is of whole seconds: counted over the run, a slow peer's rate stays visible.
    rps: result.requests / durationS,
    subgraphCpuMsPerRequest: perRequest(subgraphsAfter.cpuMs - subgraphsBefore.cpuMs),
    gatewayCpuMsPerRequest: peer.child && perRequest(gatewayAfter.cpuMs - gatewayBefore.cpuMs),
    gatewayRssMiB: peer.child && gatewayAfter.rssBytes / 2 ** 20,
  };
}

const cell = (value: number | undefined, digits = 0) => (value === undefined ? '—' : value.toFixed(digits));

function printTable(query: PeerQuery, peers: PeerProcess[], samples: Map<PeerProcess, Sample[]>): void {
  console.log(
    `\n== ${query.name}: medians of ${samples.get(peers[0])!.length} rounds, ${CONNECTIONS} connections ==`,
  );
  console.log(
    'peer                       req/s   p50 ms  p99 ms  gw CPU ms/req  subgraphs CPU ms/req  gw RSS MiB  errors',
  );
  const rps = new Map<PeerProcess, number>();
  for (const peer of peersFor(query, peers)) {
    const rounds = samples.get(peer)!;
    const of = (pick: (sample: Sample) => number | undefined) => {
      const values = rounds.map(pick).filter((value): value is number => value !== undefined);
      return values.length ? median(values) : undefined;
    };
    rps.set(
      peer,
      of((s) => s.rps)!,
    );
    console.log(
      `${peer.label.padEnd(25)} ${cell(
        of((s) => s.rps),
        1,
      ).padStart(6)} ${cell(of((s) => s.p50)).padStart(8)} ${cell(of((s) => s.p99)).padStart(7)}` +
        ` ${cell(
          of((s) => s.gatewayCpuMsPerRequest),
          2,
        ).padStart(14)} ${cell(
          of((s) => s.subgraphCpuMsPerRequest),
          2,
        ).padStart(21)}` +
        ` ${cell(of((s) => s.gatewayRssMiB)).padStart(11)} ${String(rounds.reduce((sum, s) => sum + s.errors, 0)).padStart(7)}`,
    );
  }
  const ours = rps.get(peers[0])!;
  const ratios = peersFor(query, peers)
    .slice(1)
    .map((peer) => `A/${peer.key} ${rps.get(peer) ? (ours / rps.get(peer)!).toFixed(2) : '—'}`);
  console.log(`ratios (req/s): ${ratios.join('   ')}`);
}

/**
 * Our gateway (A) against stock @apollo/gateway (B), Hive Gateway (C) and the subgraph called
 * directly (D), each gateway in its own process, the load generator in another. Rounds are
 * interleaved (A, B, C, D, then again) so a neighbour's burst on the shared machine hits every
 * peer alike, and the table shows medians. Subgraph CPU is this process's, where they run.
 */
export async function benchGatewayPeers(
  platform: TestPlatform,
  token: string,
  quick: boolean,
): Promise<void> {
  const { rounds, durationS, warmupS } = quick ? QUICK : FULL;
  const queries = await gatewayPeerQueries(platform.gatewayUrl, token);
  console.log(
    '\nstarting the gateway peers (ours, stock @apollo/gateway, Hive Gateway) in their own processes…',
  );
  const peers = await startPeers(platform, token, queries[0].body);
  const generator = loadGenerator();
  try {
    for (const query of queries) await checkSameAnswers(query, peers);
    const samples = new Map(
      queries.map((query) => [query, new Map(peers.map((peer) => [peer, [] as Sample[]]))]),
    );
    for (const query of queries) {
      for (const peer of peersFor(query, peers)) await measure(generator.run, peer, query, warmupS);
    }
    for (let round = 1; round <= rounds; round++) {
      console.log(`round ${round}/${rounds}: ${queries.length} queries × the peers, ${durationS} s each`);
      for (const query of queries) {
        for (const peer of peersFor(query, peers)) {
          samples
            .get(query)!
            .get(peer)!
            .push(await measure(generator.run, peer, query, durationS));
        }
      }
    }
    for (const query of queries) printTable(query, peers, samples.get(query)!);
  } finally {
    generator.stop();
    await stopPeers(peers);
  }
}
