// Scenario 6 of issue 11: services start while Kafka is down (the outside run saw marketing exit
// after 12 s). A subgraph's API needs only its database: it must serve at once, keep its events
// in the outbox, and publish them once the broker is back, where the consumers apply them.
import { acknowledgedCustomers, createCustomers } from './harness/customers';
import { collectLedger, CUSTOMERS_TO_ANALYTICS } from './harness/event-ledger';
import { convergeOrReport } from './harness/converge-or-report';
import { expectNothingLost } from './harness/expect-nothing-lost';
import { recordScenario } from './harness/fault-report';
import { useFaultPlatform } from './harness/use-fault-platform';
import { pendingOutboxRows } from './harness/outbox-relay-lock';
import { readModelDrift } from './harness/read-models';

const CUSTOMERS = 40;

describe('services started while Kafka is down', () => {
  const platform = useFaultPlatform({ services: ['customer', 'analytics'], kafka: 'down-at-start' });

  it('serve their API without Kafka, and their events flow once it is up', async () => {
    const scenario = platform();
    const ids = await createCustomers(scenario, CUSTOMERS, { salesMustKnow: false });
    const pendingWhileDown = await pendingOutboxRows(scenario, 'customer');
    const readinessWhileDown = await fetch(`${scenario.app('customer').baseUrl}/readyz`);

    await scenario.kafka.up();
    const brokerUpAt = Date.now();
    const convergedAt = await convergeOrReport(
      scenario,
      CUSTOMERS_TO_ANALYTICS,
      acknowledgedCustomers(ids),
      'services started while Kafka is down',
    );

    const figures = await collectLedger(scenario, CUSTOMERS_TO_ANALYTICS, acknowledgedCustomers(ids));
    const drift = await readModelDrift(scenario, { deals: false });
    recordScenario({
      scenario: 'services started while Kafka is down',
      figures,
      drift,
      recoveryMs: convergedAt - brokerUpAt,
      measured: {
        pendingWhileDown,
        readinessWhileDown: { status: readinessWhileDown.status, body: await readinessWhileDown.json() },
      },
    });
    // Every createCustomer was served while the broker was down; its events waited in the outbox.
    expect(pendingWhileDown).toBeGreaterThanOrEqual(CUSTOMERS);
    expectNothingLost(figures, drift);
  }, 240_000);
});
