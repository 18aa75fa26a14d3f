import { randomUUID } from 'node:crypto';
import { buildEvent, type AnyCloudEvent } from '@crm/events';
import {
  EventPublisher,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { paymentReceivedEvent } from './revenue-events';

const HISTORY = `query ($id: ID!) { customer(id: $id) {
  lifecycleStage
  lifecycleHistory(first: 10) { edges { node { from to reason source causingEventId } } }
} }`;

interface History {
  customer: {
    lifecycleStage: string;
    lifecycleHistory: {
      edges: { node: { from: string; to: string; reason: string; source: string; causingEventId: string } }[];
    };
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 2, minute)).toISOString();
const origin = () => ({ actor: 'system', correlationId: randomUUID() });

/** What analytics publishes when a customer's churn-risk score reaches the threshold. */
function detected(customerId: string, minute: number, score = 0.8): AnyCloudEvent {
  return buildEvent('crm.analytics.customer.churn_risk_detected', {
    subject: customerId,
    ...origin(),
    data: {
      customerId,
      score,
      threshold: 0.7,
      reasons: [
        {
          signal: 'OVERDUE_REPURCHASE',
          contribution: 0.35,
          detail: 'No purchase for 184 days, usually every 61',
        },
        { signal: 'OPEN_COMPLAINTS', contribution: score - 0.35, detail: '3 open complaints' },
      ],
      detectedAt: at(minute),
    },
  });
}

function cleared(customerId: string, minute: number): AnyCloudEvent {
  return buildEvent('crm.analytics.customer.churn_risk_cleared', {
    subject: customerId,
    ...origin(),
    data: { customerId, score: 0.2, threshold: 0.7, clearedAt: at(minute) },
  });
}

/** Issue 14 §4: the customer service's side of the churn loop, fed on Kafka, in any order. */
describe('churn risk detected and cleared', () => {
  let platform: TestPlatform;
  let publisher: EventPublisher;
  let admin: Send;

  beforeAll(async () => {
    platform = await startPlatform();
    publisher = await EventPublisher.start();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
  });
  afterAll(async () => {
    await publisher?.stop();
    await platform?.stop();
  });

  const historyOf = async (id: string) => (await ok(admin<History>(HISTORY, { id }))).customer;
  const moves = (customer: History['customer']) => customer.lifecycleHistory.edges.map((edge) => edge.node);

  it('moves a customer to AT_RISK with the reasons and back, only on the latest signal, once', async () => {
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(
        'mutation { createCustomer(input: { kind: PERSON, name: "Risky Rita" }) { id } }',
      ),
    );
    const id = createCustomer.id;
    await publisher.publish(paymentReceivedEvent(id));
    await waitFor(async () => expect((await historyOf(id)).lifecycleStage).toBe('CUSTOMER'));

    // A clearing for a customer who is not at risk moves nothing.
    await publisher.publish(cleared(id, 0));
    const risk = detected(id, 10);
    await publisher.publish(risk);
    const atRisk = await waitFor(async () => {
      const customer = await historyOf(id);
      expect(customer.lifecycleStage).toBe('AT_RISK');
      return customer;
    });
    expect(moves(atRisk)[0]).toEqual({
      from: 'CUSTOMER',
      to: 'AT_RISK',
      reason: 'Churn risk 0.8 reached 0.7: No purchase for 184 days, usually every 61; 3 open complaints',
      source: 'EVENT',
      causingEventId: risk.id,
    });

    // An older clearing after the detection and a redelivered detection change nothing; a newer clearing moves back.
    const back = cleared(id, 20);
    await publisher.publish(cleared(id, 5), risk, back);
    const recovered = await waitFor(async () => {
      const customer = await historyOf(id);
      expect(customer.lifecycleStage).toBe('CUSTOMER');
      return customer;
    });
    expect(moves(recovered).map(({ from, to, causingEventId }) => ({ from, to, causingEventId }))).toEqual([
      { from: 'AT_RISK', to: 'CUSTOMER', causingEventId: back.id },
      { from: 'CUSTOMER', to: 'AT_RISK', causingEventId: risk.id },
      { from: 'PROSPECT', to: 'CUSTOMER', causingEventId: expect.any(String) },
    ]);
    expect(moves(recovered)[0]).toMatchObject({
      reason: 'Churn risk cleared: back to CUSTOMER',
      source: 'EVENT',
    });

    // An older detection after the clearing does not win; the next newer one does.
    const latest = detected(id, 40, 0.9);
    await publisher.publish(detected(id, 15), latest);
    const again = await waitFor(async () => {
      const customer = await historyOf(id);
      expect(customer.lifecycleStage).toBe('AT_RISK');
      return customer;
    });
    expect(moves(again)).toHaveLength(4);
    expect(moves(again)[0]).toMatchObject({ from: 'CUSTOMER', to: 'AT_RISK', causingEventId: latest.id });
  });
});
