// Scenario 1 of issue 11: kill -9 the broker in the middle of a burst of deal mutations, then
// start it again on the same storage. Mutations only write the outbox, so they keep succeeding;
// the relays and consumers must pick up where they were.
import { createCustomers } from './harness/customers';
import { startDealBurst } from './harness/deal-burst';
import { collectLedger, consumerPace, DEALS_TO_ANALYTICS } from './harness/event-ledger';
import { convergeOrReport } from './harness/converge-or-report';
import { expectNothingLost } from './harness/expect-nothing-lost';
import { recordScenario } from './harness/fault-report';
import { useFaultPlatform } from './harness/use-fault-platform';
import { readModelDrift } from './harness/read-models';

describe('Kafka killed mid-burst', () => {
  const platform = useFaultPlatform({ services: ['customer', 'sales', 'analytics'] });

  it('publishes and applies every acknowledged event once the broker is back', async () => {
    const scenario = platform();
    const customerIds = await createCustomers(scenario, 8);
    const burstStartedAt = new Date();
    const burst = startDealBurst(scenario, { customerIds, deals: 160 });
    await burst.acknowledgedAtLeast(90);
    const killedAt = new Date();
    await scenario.kafka.kill();
    await burst.acknowledgedAtLeast(180);
    await scenario.kafka.up();
    const restartedAt = Date.now();
    await burst.done;
    const convergedAt = await convergeOrReport(
      scenario,
      DEALS_TO_ANALYTICS,
      burst.acknowledged,
      'kafka broker killed mid-burst',
    );

    const figures = await collectLedger(scenario, DEALS_TO_ANALYTICS, burst.acknowledged);
    const drift = await readModelDrift(scenario);
    recordScenario({
      scenario: 'kafka broker killed mid-burst',
      figures,
      drift,
      recoveryMs: convergedAt - restartedAt,
      // Commit → read model while the burst ran on a healthy broker.
      measured: {
        paceBeforeKill: await consumerPace(scenario, DEALS_TO_ANALYTICS, burstStartedAt, killedAt),
      },
    });
    expect(burst.acknowledged.failed).toBe(0);
    // A batch the broker wrote but never acknowledged is sent again: the inbox absorbs the copy.
    expectNothingLost(figures, drift, { duplicatesAllowed: true });
  }, 300_000);
});
