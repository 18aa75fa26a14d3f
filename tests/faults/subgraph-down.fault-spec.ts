// Scenario 5 of issue 11: queries through the gateway while a subgraph is killed (analytics)
// and while one hangs (sales, SIGSTOP). Clients get the rest of the data, an error with the path
// of each field that could not be resolved and SERVICE_UNAVAILABLE, never an internal address;
// once the breaker is open, calls fail at once instead of waiting for the timeout.
import { createCustomers } from './harness/customers';
import { startDealBurst } from './harness/deal-burst';
import { DEALS_TO_ANALYTICS, waitForConvergence } from './harness/event-ledger';
import type { GraphQLResult } from './harness/fault-platform';
import { recordScenario } from './harness/fault-report';
import { useFaultPlatform } from './harness/use-fault-platform';
import { breakerOf } from './harness/gateway-breakers';
import { waitUntil } from './harness/wait-until';

const CUSTOMER_QUERY = `query ($id: ID!) {
  customer(id: $id) { id name metrics { openOpportunities } opportunities { edges { node { id } } } }
}`;

interface CustomerView {
  customer: {
    id: string;
    name: string;
    metrics: { openOpportunities: number } | null;
    opportunities: { edges: { node: { id: string } }[] } | null;
  } | null;
}

/** Short timeout and breaker settings, so the scenario does not spend minutes waiting. */
const GATEWAY_ENV = {
  SUBGRAPH_TIMEOUT_MS: '2000',
  SUBGRAPH_BREAKER_MIN_CALLS: '4',
  // Long enough that no probe goes out while the scenario counts short-circuited calls.
  SUBGRAPH_BREAKER_OPEN_MS: '8000',
};
const CALLS_WHILE_OPEN = 10;

describe('a subgraph killed, and one hung, during queries through the gateway', () => {
  let customerId = '';

  const platform = useFaultPlatform({
    services: ['customer', 'sales', 'analytics'],
    gatewayEnv: GATEWAY_ENV,
  });

  beforeAll(async () => {
    [customerId] = await createCustomers(platform(), 1);
    await startDealBurst(platform(), { customerIds: [customerId], deals: 1 }).done;
    await waitForConvergence(platform(), DEALS_TO_ANALYTICS);
  }, 120_000);

  const ask = () => platform().graphql<CustomerView>(CUSTOMER_QUERY, { id: customerId });

  it('a killed subgraph costs only its fields, with their path and SERVICE_UNAVAILABLE', async () => {
    const scenario = platform();
    const analytics = scenario.app('analytics');
    await analytics.kill();
    const answer = await ask();
    expectPartial(answer, ['customer', 'metrics']);
    expect(answer.data?.customer?.opportunities?.edges).toHaveLength(1);

    analytics.start();
    const restartedAt = Date.now();
    const servingAt = await waitUntil('analytics to serve Customer.metrics again', async () => {
      const again = await ask();
      return !again.errors && again.data?.customer?.metrics?.openOpportunities === 1 ? Date.now() : false;
    });
    recordScenario({
      scenario: 'subgraph (analytics) killed during queries',
      recoveryMs: servingAt - restartedAt,
      measured: { status: answer.status, errors: answer.errors },
    });
  }, 120_000);

  it('a hung subgraph opens its breaker: later calls fail at once, and it closes once the subgraph answers', async () => {
    const scenario = platform();
    const sales = scenario.app('sales');
    sales.freeze();
    // Each of these waits for the fetch timeout; together they open the breaker.
    const timedOut = await Promise.all(Array.from({ length: 4 }, ask));
    timedOut.forEach((answer) => expectPartial(answer, ['customer', 'opportunities']));
    const opened = await waitUntil('the sales breaker to open', async () => {
      const breaker = await breakerOf(scenario, 'sales');
      return breaker.state === 'open' ? breaker : (await ask(), false);
    });

    const whileOpen: GraphQLResult<CustomerView>[] = [];
    for (let call = 0; call < CALLS_WHILE_OPEN; call++) whileOpen.push(await ask());
    const afterCalls = await breakerOf(scenario, 'sales');
    whileOpen.forEach((answer) => expectPartial(answer, ['customer', 'opportunities']));
    // Every call was refused by the breaker without reaching the hung subgraph (no timeout waited).
    expect(afterCalls.state).toBe('open');
    expect(afterCalls.shortCircuited - opened.shortCircuited).toBe(CALLS_WHILE_OPEN);
    expect(afterCalls.failed).toBe(opened.failed);

    sales.thaw();
    const thawedAt = Date.now();
    const closedAt = await waitUntil('the sales breaker to close after a probe', async () => {
      const answer = await ask();
      const breaker = await breakerOf(scenario, 'sales');
      return !answer.errors && breaker.state === 'closed' ? Date.now() : false;
    });
    recordScenario({
      scenario: 'subgraph (sales) hung (SIGSTOP) during queries',
      recoveryMs: closedAt - thawedAt,
      measured: {
        breakerWhenOpened: opened,
        breakerAfterCallsWhileOpen: afterCalls,
        callsWhileOpen: CALLS_WHILE_OPEN,
        statusWhileOpen: [...new Set(whileOpen.map((answer) => answer.status))],
        errorWhileOpen: whileOpen[0].errors?.[0],
      },
    });
  }, 180_000);
});

/** The customer's own fields came back; the unavailable field is null with an error that says so, and where. */
function expectPartial(answer: GraphQLResult<CustomerView>, path: string[]): void {
  expect(answer.data?.customer?.name).toBe('Fault Suite Customer 1');
  expect(answer.data?.customer?.[path[1] as 'metrics' | 'opportunities']).toBeNull();
  expect(answer.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path, extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) }),
    ]),
  );
  // Clients never learn the subgraphs' internal addresses.
  expect(JSON.stringify(answer.errors)).not.toMatch(/127\.0\.0\.1|localhost|https?:\/\//);
}
