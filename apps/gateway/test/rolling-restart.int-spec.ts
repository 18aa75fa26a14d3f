import { SERVICE_NAMES, type ServiceName } from '@crm/config';
import { restartSubgraph, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { SteadyLoad, type AnswerCounts } from './support/steady-load';

/** One query per subgraph it alone answers, sent all through the restarts. */
const QUERIES = {
  identity: '{ users(first: 2) { edges { node { id name } } } }',
  customer: '{ customers(first: 2) { edges { node { id name } } } }',
};
type QueryName = keyof typeof QUERIES;
const QUERY_NAMES = Object.keys(QUERIES) as QueryName[];
const touches = (query: QueryName, service: ServiceName) => query === service;

/** Full answers each query must get after a restart before the next subgraph goes down. */
const ANSWERS_AFTER_RESTART = 20;

describe('a rolling restart of the subgraphs behind a serving gateway', () => {
  let platform: TestPlatform;
  let load: SteadyLoad<QueryName>;

  beforeAll(async () => {
    platform = await startPlatform();
    load = new SteadyLoad(platform.gatewayUrl, await tokenFor(), QUERIES);
  });
  afterAll(async () => {
    await load?.stop();
    await platform?.stop();
  });

  const fullAnswers = (phase: string, query: QueryName) => {
    const { sent, failed } = load.answers(phase, query);
    return sent - failed;
  };
  /** Back in the graph: its breaker closed, and every query fully answered again. */
  const untilBack = (service: ServiceName) =>
    waitFor(
      () => {
        expect(platform.gateway.breakers()[service]?.state ?? 'closed').toBe('closed');
        for (const query of QUERY_NAMES)
          expect(fullAnswers(`${service} back`, query)).toBeGreaterThanOrEqual(ANSWERS_AFTER_RESTART);
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  const countsDuring = (service: ServiceName, query: QueryName): AnswerCounts => {
    const restarting = load.answers(`${service} restarting`, query);
    const back = load.answers(`${service} back`, query);
    return {
      sent: restarting.sent + back.sent,
      failed: restarting.failed + back.failed,
      firstFailure: restarting.firstFailure ?? back.firstFailure,
    };
  };

  it('fails no query that does not touch the subgraph restarting', async () => {
    await waitFor(() => {
      for (const query of QUERY_NAMES) expect(fullAnswers('warm-up', query)).toBeGreaterThanOrEqual(20);
    });
    for (const service of SERVICE_NAMES) {
      load.phase = `${service} restarting`;
      const startedAt = Date.now();
      await restartSubgraph(platform, service);
      const restartMs = Date.now() - startedAt;
      load.phase = `${service} back`;
      await untilBack(service);
      console.info(
        `${service} restarted in ${restartMs} ms; ` +
          QUERY_NAMES.map((query) => {
            const { sent, failed, firstFailure } = countsDuring(service, query);
            const failures = failed ? ` (first: ${firstFailure?.slice(0, 200)})` : '';
            return `${query} query ${failed}/${sent} failed${touches(query, service) ? ', touches it' : ''}${failures}`;
          }).join('; '),
      );
    }
    await load.stop();

    const untouchedFailures = Object.fromEntries(
      SERVICE_NAMES.map((service) => [
        service,
        Object.fromEntries(
          QUERY_NAMES.filter((query) => !touches(query, service)).map((query) => [
            query,
            countsDuring(service, query).failed,
          ]),
        ),
      ]),
    );
    expect(untouchedFailures).toEqual(
      Object.fromEntries(
        SERVICE_NAMES.map((service) => [
          service,
          Object.fromEntries(
            QUERY_NAMES.filter((query) => !touches(query, service)).map((query) => [query, 0]),
          ),
        ]),
      ),
    );
    for (const query of QUERY_NAMES) expect(load.answers('warm-up', query).failed).toBe(0);
  });
});
