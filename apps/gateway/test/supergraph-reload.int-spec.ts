import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '@crm/config';
import { startGateway, type RunningGateway } from '@crm/gateway';
import {
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type GraphQLResponse,
  type TestPlatform,
} from '@crm/platform-testing';
import { EtagServer } from './support/etag-server';
import { RELOADED_FIELD_QUERY, sha256, supergraphVersions } from './support/supergraph-versions';

interface Readiness {
  supergraph: { source: string; hash: string; rejected?: { hash: string; error: string } };
}

const POLL_INTERVAL_MS = '100';
const SWAP_TIMEOUT = { timeoutMs: 20_000, intervalMs: 50 };

describe('a gateway taking new supergraphs while it serves', () => {
  const versions = supergraphVersions();
  let platform: TestPlatform;
  let token: string;
  let dir: string;
  const gateways: RunningGateway[] = [];

  const gatewayWith = async (env: Record<string, string>) => {
    const gateway = await startGateway(
      loadGatewayConfig({
        ...platform.gatewayEnv,
        PORT: '0',
        SUPERGRAPH_POLL_INTERVAL_MS: POLL_INTERVAL_MS,
        ...env,
      }),
    );
    gateways.push(gateway);
    return gateway;
  };
  const askForField = (gateway: RunningGateway) =>
    graphqlRequest(gateway.url, RELOADED_FIELD_QUERY, {}, token);
  const readiness = async (gateway: RunningGateway) =>
    (await (await fetch(`http://127.0.0.1:${gateway.port}/readyz`)).json()) as Readiness;

  const expectFieldServed = (answer: GraphQLResponse) => {
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ customersSeen: expect.any(Number) });
  };
  const expectFieldRefused = (answer: GraphQLResponse) => {
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  };
  /** Polls with the query until the gateway answers it the way `expectation` wants: the swap happened. */
  const untilSwapped = (gateway: RunningGateway, expectation: (answer: GraphQLResponse) => void) =>
    waitFor(async () => expectation(await askForField(gateway)), SWAP_TIMEOUT);

  /** Polls /readyz until it names `sdl` as refused; returns the supergraph it shows served. */
  const untilRejected = (gateway: RunningGateway, sdl: string) =>
    waitFor(async () => {
      const { supergraph } = await readiness(gateway);
      expect(supergraph.rejected?.hash).toBe(sha256(sdl));
      return supergraph;
    }, SWAP_TIMEOUT);

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
    dir = mkdtempSync(join(tmpdir(), 'supergraph-reload-'));
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await platform?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('from a file: swaps a new version in, keeps serving through an invalid one, and takes the next', async () => {
    const path = join(dir, 'supergraph.graphql');
    writeFileSync(path, versions.current);
    const gateway = await gatewayWith({ SUPERGRAPH_PATH: path });
    expectFieldServed(await askForField(gateway));
    expect((await readiness(gateway)).supergraph).toMatchObject({
      source: `file ${path}`,
      hash: sha256(versions.current),
    });

    // Saved as editors do: a new file renamed over the old one.
    writeFileSync(`${path}.new`, versions.withoutField);
    renameSync(`${path}.new`, path);
    await untilSwapped(gateway, expectFieldRefused);
    expect((await readiness(gateway)).supergraph.hash).toBe(sha256(versions.withoutField));

    for (const invalid of [versions.halfWritten, versions.unbuildable]) {
      writeFileSync(path, invalid);
      const served = await untilRejected(gateway, invalid);
      expect(served.hash).toBe(sha256(versions.withoutField));
      expectFieldRefused(await askForField(gateway));
      expect((await graphqlRequest(gateway.url, '{ reportingCurrency }', {}, token)).errors).toBeUndefined();
    }

    writeFileSync(path, versions.current);
    await untilSwapped(gateway, expectFieldServed);
    expect((await readiness(gateway)).supergraph.hash).toBe(sha256(versions.current));
  });

  describe('from a URL', () => {
    let registry: EtagServer;
    let url: string;

    beforeAll(async () => {
      registry = new EtagServer(versions.current);
      url = await registry.listen();
    });
    afterAll(async () => {
      await registry.close();
    });

    it('asks with the ETag it holds, so an unchanged graph costs a 304, and takes a changed one', async () => {
      const gateway = await gatewayWith({ SUPERGRAPH_URL: url });
      expectFieldServed(await askForField(gateway));
      expect((await readiness(gateway)).supergraph).toMatchObject({
        source: `url ${url}`,
        hash: sha256(versions.current),
      });
      await waitFor(() => expect(registry.answers[304]).toBeGreaterThanOrEqual(3), SWAP_TIMEOUT);
      expect(registry.answers[200]).toBe(1);

      registry.sdl = versions.withoutField;
      await untilSwapped(gateway, expectFieldRefused);
      expect(registry.answers[200]).toBe(2);
      const unchangedSince = registry.answers[304];
      await waitFor(() => expect(registry.answers[304]).toBeGreaterThan(unchangedSince + 2), SWAP_TIMEOUT);
      expect(registry.answers[200]).toBe(2);
      expect((await readiness(gateway)).supergraph.hash).toBe(sha256(versions.withoutField));
    });
  });
});
