// Scenario 2 of issue 11: kill -9 the consuming service (analytics) while it works through a
// backlog, then start it again. What it applied but had not committed on Kafka comes again and
// must change nothing twice (the inbox); what it had not applied must still be applied.
import { createCustomers } from './harness/customers';
import { startDealBurst } from './harness/deal-burst';
import { collectLedger, consumerPace, DEALS_TO_ANALYTICS, waitForConvergence } from './harness/event-ledger';
import { convergeOrReport } from './harness/converge-or-report';
import { expectNothingLost } from './harness/expect-nothing-lost';
import type { FaultPlatform } from './harness/fault-platform';
import { recordScenario } from './harness/fault-report';
import { useFaultPlatform } from './harness/use-fault-platform';
import { readModelDrift } from './harness/read-models';
import { waitUntil } from './harness/wait-until';

describe('a consumer killed mid-batch', () => {
  const platform = useFaultPlatform({ services: ['customer', 'sales', 'analytics'] });

  it('applies every event exactly once after the consumer comes back', async () => {
    const scenario = platform();
    const analytics = scenario.app('analytics');
    const customerIds = await createCustomers(scenario, 8);
    await waitForConvergence(scenario, DEALS_TO_ANALYTICS);
    // A backlog: the burst lands while analytics is away.
    await analytics.stop();
    const burst = startDealBurst(scenario, { customerIds, deals: 200, concurrency: 6 });
    await burst.done;
    await waitUntil('the burst to be published', async () => (await pendingOutbox(scenario)) === 0);
    const before = await inboxRows(scenario);

    analytics.start();
    await waitUntil('analytics to start on its backlog', async () => (await inboxRows(scenario)) > before, {
      intervalMs: 20,
      timeoutMs: 90_000,
    });
    await analytics.kill();
    const appliedAtKill = (await inboxRows(scenario)) - before;
    analytics.start();
    const restartedAt = Date.now();
    const convergedAt = await convergeOrReport(
      scenario,
      DEALS_TO_ANALYTICS,
      burst.acknowledged,
      'consumer (analytics) killed mid-batch',
    );
    // Working through a backlog is the consumer's sustained top speed.
    const drain = await consumerPace(scenario, DEALS_TO_ANALYTICS, new Date(restartedAt));

    const figures = await collectLedger(scenario, DEALS_TO_ANALYTICS, burst.acknowledged);
    const drift = await readModelDrift(scenario);
    recordScenario({
      scenario: 'consumer (analytics) killed mid-batch',
      figures,
      drift,
      recoveryMs: convergedAt - restartedAt,
      measured: { backlog: figures.expectedApplied - before, appliedBeforeKill: appliedAtKill, drain },
    });
    // The kill came while the backlog was being worked through, not after.
    expect(appliedAtKill).toBeLessThan(figures.expectedApplied - before);
    expectNothingLost(figures, drift);
  }, 300_000);
});

async function inboxRows(platform: FaultPlatform): Promise<number> {
  const [{ rows }] = await platform.rows<{ rows: number }>(
    'SELECT count(*)::int AS rows FROM analytics.inbox',
  );
  return rows;
}

async function pendingOutbox(platform: FaultPlatform): Promise<number> {
  const [{ pending }] = await platform.rows<{ pending: number }>(
    'SELECT count(*)::int AS pending FROM sales.outbox WHERE sent_at IS NULL',
  );
  return pending;
}
