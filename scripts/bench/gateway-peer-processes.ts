import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pidusage from 'pidusage';
import { devKeyFile, DEMO_ADMIN, INTERNAL_TOKEN_ISSUER, loadSigningKey, signToken } from '@crm/auth';
import { SERVICE_NAMES } from '@crm/config';
import { freePort, type TestPlatform } from '@crm/platform-testing';

/** A gateway under test, in a process of its own so its CPU and memory are its own. */
export interface PeerProcess {
  /** What the ratios call it: A, B, C, D (A0: a baseline build of ours). */
  key: string;
  label: string;
  url: string;
  /** The bearer token its clients send (our gateway's user token, or the subgraph's internal one). */
  token: string;
  /** Undefined for the direct subgraph: it runs in the bench process with the other subgraphs. */
  child?: ChildProcess;
}

export interface ProcessUsage {
  cpuMs: number;
  rssBytes: number;
}

const READY_TIMEOUT_MS = 120_000;
const BENCH_TOKEN_LIFETIME = '2h';
const GATEWAY_ENTRY = join(__dirname, '../../apps/gateway/src/main.ts');
/** Another build of our gateway measured beside A as A0, e.g. a copy from before a change. */
const BASELINE_GATEWAY_ENTRY = process.env.BENCH_BASELINE_GATEWAY_ENTRY;

/** The supergraph the repository commits, with each subgraph's URL where the bench started it. */
function supergraphAt(platform: TestPlatform): string {
  let sdl = readFileSync(platform.gatewayEnv.SUPERGRAPH_PATH, 'utf8');
  for (const service of SERVICE_NAMES) {
    sdl = sdl.replace(
      new RegExp(`(@join__graph\\(name: "${service}", url: ")[^"]*(")`),
      `$1${platform.subgraphs[service].url}$2`,
    );
  }
  const path = join(tmpdir(), `bench-supergraph-${process.pid}.graphql`);
  writeFileSync(path, sdl);
  return path;
}

/** Bench-only: internal tokens as our gateway would mint them, one per subgraph, for the peers. */
async function internalTokens(): Promise<Record<string, string>> {
  const key = await loadSigningKey(undefined, devKeyFile('gateway'));
  const entries = await Promise.all(
    SERVICE_NAMES.map(async (audience) => [
      audience,
      await signToken(DEMO_ADMIN, key, { issuer: INTERNAL_TOKEN_ISSUER, audience }, BENCH_TOKEN_LIFETIME),
    ]),
  );
  return Object.fromEntries(entries);
}

function forked(file: string, env: Record<string, string>): ChildProcess {
  // The parent's execArgv carries tsx's loader, so the child runs TypeScript too.
  return fork(file, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

async function untilServing(peer: PeerProcess, probeBody: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (peer.child && peer.child.exitCode !== null) throw new Error(`${peer.label} exited while starting`);
    const answer = await fetch(peer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${peer.token}` },
      body: probeBody,
    })
      .then((response) => response.json() as Promise<{ data?: unknown }>)
      .catch(() => undefined);
    if (answer?.data) return;
    if (Date.now() > deadline) throw new Error(`${peer.label} did not answer within ${READY_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts A (our gateway, as `npm start` runs it), B (stock @apollo/gateway) and C (Hive Gateway),
 * each in its own process on the same supergraph and subgraphs, and names D (the customer
 * subgraph called directly). Returns once each answers `probeBody`.
 */
export async function startPeers(platform: TestPlatform, userToken: string, probeBody: string) {
  const supergraphPath = supergraphAt(platform);
  const tokens = await internalTokens();
  const peerEnv = async () => ({
    PORT: String(await freePort()),
    SUPERGRAPH_PATH: supergraphPath,
    BENCH_INTERNAL_TOKENS: JSON.stringify(tokens),
    APOLLO_TELEMETRY_DISABLED: '1',
  });
  const stockEnv = await peerEnv();
  const hiveEnv = await peerEnv();
  const ours = async (key: string, label: string, entry: string): Promise<PeerProcess> => {
    const env = { ...platform.gatewayEnv, PORT: String(await freePort()) };
    return {
      key,
      label,
      url: `http://127.0.0.1:${env.PORT}/graphql`,
      token: userToken,
      child: forked(entry, env),
    };
  };
  const peers: PeerProcess[] = [
    await ours('A', 'A ours', GATEWAY_ENTRY),
    ...(BASELINE_GATEWAY_ENTRY ? [await ours('A0', 'A0 ours, baseline build', BASELINE_GATEWAY_ENTRY)] : []),
    {
      key: 'B',
      label: 'B stock @apollo/gateway',
      url: `http://127.0.0.1:${stockEnv.PORT}/`,
      token: userToken,
      child: forked(join(__dirname, 'stock-apollo-gateway.process.ts'), stockEnv),
    },
    {
      key: 'C',
      label: 'C Hive Gateway',
      url: `http://127.0.0.1:${hiveEnv.PORT}/graphql`,
      token: userToken,
      child: forked(join(__dirname, 'hive-gateway.process.ts'), hiveEnv),
    },
    { key: 'D', label: 'D direct subgraph', url: platform.subgraphs.customer.url, token: tokens.customer },
  ];
  try {
    for (const peer of peers) await untilServing(peer, probeBody);
  } catch (error) {
    await stopPeers(peers);
    throw error;
  }
  return peers;
}

const STOP_GRACE_MS = 5_000;

/** SIGTERM, then SIGKILL for a peer still running after a grace period: none outlives the bench. */
export async function stopPeers(peers: PeerProcess[]): Promise<void> {
  await Promise.all(
    peers.map(({ child }) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
      return new Promise<void>((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    }),
  );
}

/** CPU time so far and memory now: the peer's own process, or this one (the subgraphs) for D. */
export async function usageOf(pid: number | undefined): Promise<ProcessUsage> {
  if (pid === undefined) {
    const cpu = process.cpuUsage();
    return { cpuMs: (cpu.user + cpu.system) / 1000, rssBytes: process.memoryUsage().rss };
  }
  const stats = await pidusage(pid);
  return { cpuMs: stats.ctime, rssBytes: stats.memory };
}
