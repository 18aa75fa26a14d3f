// Scenario 3 of issue 11: kill -9 the process whose outbox relay has a backlog, with a standby
// replica (two processes of sales; the advisory lock decides which relay is active) and without
// one (the service restarted). Every pending row must be published once, in per-key order.
import { createCustomers } from './harness/customers';
import { mergeAcknowledged, noneAcknowledged, startDealBurst, type Acknowledged } from './harness/deal-burst';
import { collectLedger, DEALS_TO_ANALYTICS, waitForConvergence } from './harness/event-ledger';
import { expectNothingLost } from './harness/expect-nothing-lost';
import { recordScenario } from './harness/fault-report';
import { useFaultPlatform } from './harness/use-fault-platform';
import { holdRelayLock, pendingOutboxRows, relayLockHolders } from './harness/outbox-relay-lock';
import { readModelDrift } from './harness/read-models';
import { waitUntil } from './harness/wait-until';

const DEALS_PER_PART = 120;

describe('a relay killed with a backlog', () => {
  let customerIds: string[] = [];
  let acknowledged: Acknowledged = noneAcknowledged([]);

  const platform = useFaultPlatform({ services: ['customer', 'sales', 'analytics'] });

  beforeAll(async () => {
    customerIds = await createCustomers(platform(), 8);
  }, 120_000);

  it('with a standby replica: the standby takes the lock and publishes the backlog', async () => {
    const scenario = platform();
    const sales = scenario.app('sales');
    // The replica the gateway does not call becomes the active relay: it can be frozen and killed
    // while the other one serves the mutations.
    await sales.stop();
    const relay = await scenario.addService('sales', 'sales-relay');
    relay.start();
    await relay.waitUntilAnswering('/readyz');
    await waitUntil(
      'sales-relay to hold the relay lock',
      async () => (await relayLockHolders(scenario, 'sales')) === 1,
    );
    sales.start();
    await sales.waitUntilAnswering('/readyz');

    relay.freeze();
    const burst = startDealBurst(scenario, { customerIds, deals: DEALS_PER_PART });
    await burst.done;
    const backlog = await pendingOutboxRows(scenario, 'sales');
    await relay.kill();
    const killedAt = Date.now();
    const publishedAt = await waitUntil('the standby to publish the backlog', async () =>
      (await pendingOutboxRows(scenario, 'sales')) === 0 ? Date.now() : false,
    );
    await waitForConvergence(scenario, DEALS_TO_ANALYTICS);

    acknowledged = burst.acknowledged;
    const figures = await collectLedger(scenario, DEALS_TO_ANALYTICS, acknowledged);
    const drift = await readModelDrift(scenario);
    recordScenario({
      scenario: 'relay killed with a backlog, standby replica takes over',
      figures,
      drift,
      recoveryMs: publishedAt - killedAt,
      measured: { backlog },
    });
    expect(backlog).toBeGreaterThan(0);
    expectNothingLost(figures, drift);
  }, 240_000);

  it('without a standby: the restarted service publishes the backlog', async () => {
    const scenario = platform();
    const sales = scenario.app('sales');
    await sales.stop();
    const lock = await holdRelayLock(scenario, 'sales');
    sales.start();
    await sales.waitUntilAnswering('/readyz');
    const burst = startDealBurst(scenario, { customerIds, deals: DEALS_PER_PART });
    await burst.done;
    const backlog = await pendingOutboxRows(scenario, 'sales');
    await sales.kill();
    await lock.release();

    sales.start();
    const restartedAt = Date.now();
    const publishedAt = await waitUntil('the restarted relay to publish the backlog', async () =>
      (await pendingOutboxRows(scenario, 'sales')) === 0 ? Date.now() : false,
    );
    await waitForConvergence(scenario, DEALS_TO_ANALYTICS);

    acknowledged = mergeAcknowledged(acknowledged, burst.acknowledged);
    const figures = await collectLedger(scenario, DEALS_TO_ANALYTICS, acknowledged);
    const drift = await readModelDrift(scenario);
    recordScenario({
      scenario: 'relay killed with a backlog, no standby (process restarted)',
      figures,
      drift,
      // Includes the process start: the relay starts before the service answers HTTP.
      recoveryMs: publishedAt - restartedAt,
      measured: { backlog },
    });
    expect(backlog).toBeGreaterThan(0);
    expectNothingLost(figures, drift);
  }, 240_000);
});
