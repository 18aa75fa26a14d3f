import { NIGHTLY_SCORES_JOB, type RunningAnalytics } from '@crm/analytics';
import { topicOf } from '@crm/events';
import {
  EventProbe,
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
import { ManualClock } from '@crm/scheduler';
import { restartAnalytics } from './support/analytics-under-test';
import { paymentReceived } from './support/sales-events';

const DAY = 86_400_000;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) {
  lifecycleStage
  lifecycleHistory(first: 5) { edges { node { from to reason source causingEventId } } }
  metrics { rfm { recency frequency monetary cell } clv { amount currency }
    churnRisk { score atRisk reasons { signal contribution detail } } scoredAt }
} }`;

interface CustomerView {
  customer: {
    lifecycleStage: string;
    lifecycleHistory: {
      edges: {
        node: { from: string; to: string; reason: string; source: string; causingEventId: string | null };
      }[];
    };
    metrics: {
      rfm: { recency: number; frequency: number; monetary: number; cell: string } | null;
      clv: { amount: string; currency: string } | null;
      churnRisk: {
        score: number;
        atRisk: boolean;
        reasons: { signal: string; contribution: number; detail: string }[];
      } | null;
      scoredAt: string | null;
    };
  };
}

/** Issue 14 §3–4: scores on Customer.metrics, the nightly job, and the churn loop end to end (risk → AT_RISK → win-back journey). */
describe('customer scores and the churn loop', () => {
  let platform: TestPlatform;
  let analytics: RunningAnalytics;
  let probe: EventProbe;
  let publisher: EventPublisher;
  let admin: Send;
  const started = new Date();
  const clock = new ManualClock(started);

  beforeAll(async () => {
    platform = await startPlatform();
    analytics = await restartAnalytics(platform, { clock });
    probe = await EventProbe.start([
      topicOf('crm.analytics.customer.churn_risk_detected'),
      topicOf('crm.customer.customer.lifecycle_changed'),
    ]);
    publisher = await EventPublisher.start();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
  });
  afterAll(async () => {
    await publisher?.stop();
    await probe?.stop();
    await platform?.stop();
  });

  const view = async (id: string) => (await ok(admin<CustomerView>(CUSTOMER, { id }))).customer;
  const eventsOf = (type: string, customerId: string) =>
    probe.messages
      .map(
        (message) =>
          JSON.parse(message.value) as {
            id: string;
            type: string;
            subject: string;
            data: Record<string, unknown>;
          },
      )
      .filter((event) => event.type === type && event.subject === customerId);
  const runNightly = async () =>
    analytics.jobs.waitForRun(NIGHTLY_SCORES_JOB, await analytics.jobs.runNow(NIGHTLY_SCORES_JOB), {
      timeoutMs: 90_000,
    });
  const outboxCount = async (type: string, customerId: string) => {
    const [row]: { count: number }[] = await analytics.dataSource.query(
      'SELECT count(*)::int AS count FROM outbox WHERE event_type = $1 AND message_key = $2',
      [type, customerId],
    );
    return row.count;
  };

  it('scores a customer from events, detects churn risk nightly, moves them to AT_RISK and back on a purchase', async () => {
    const { createCustomer } = await ok(
      admin<{ createCustomer: { id: string } }>(
        'mutation { createCustomer(input: { kind: COMPANY, name: "Churn loop GmbH" }) { id } }',
      ),
    );
    const id = createCustomer.id;
    // Two orders paid 400 and 370 days ago: usually every 30 days, long overdue, and nothing spent this year.
    await publisher.publish(
      paymentReceived(id, '600.00', new Date(started.getTime() - 400 * DAY)),
      paymentReceived(id, '400.00', new Date(started.getTime() - 370 * DAY)),
    );
    const scored = await waitFor(async () => {
      const customer = await view(id);
      expect(customer.lifecycleStage).toBe('REPEAT');
      expect(customer.metrics.rfm).not.toBeNull();
      expect(customer.metrics.churnRisk?.reasons.map((reason) => reason.signal)).toEqual([
        'OVERDUE_REPURCHASE',
        'FALLING_SPEND',
      ]);
      return customer;
    });
    expect(scored.metrics.churnRisk).toMatchObject({ score: 0.5, atRisk: false });
    expect(scored.metrics.clv).toEqual({ amount: '0.00', currency: 'EUR' });

    // An open complaint, through the service: 0.65, still below the threshold of 0.7.
    await waitFor(() =>
      ok(
        admin(
          `mutation ($customerId: ID!) { openTicket(input: { customerId: $customerId, subject: "Late delivery again", category: COMPLAINT, severity: MAJOR }) { id } }`,
          { customerId: id },
        ),
      ),
    );
    await waitFor(async () => expect((await view(id)).metrics.churnRisk?.score).toBe(0.65));

    // Marketing's win-back journey waits for the detection.
    const marketer = sender(platform.gatewayUrl, await tokenFor(person(['MARKETER'])));
    const { createJourney: winBack } = await ok(
      marketer<{ createJourney: { id: string; version: number } }>(
        'mutation ($input: JourneyInput!) { createJourney(input: $input) { id version } }',
        {
          input: {
            name: 'Churn loop win-back',
            definition: {
              trigger: { kind: 'EVENT', eventType: 'crm.analytics.customer.churn_risk_detected' },
              steps: [{ id: 'owner-call', kind: 'FOLLOW_UP', note: 'At risk: call them', dueInDays: 1 }],
            },
          },
        },
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $version: Int!) { publishJourney(id: $id, version: $version) { id } }',
        winBack,
      ),
    );

    // 150 days pass without a word: the nightly job adds silence and the score reaches the threshold.
    clock.set(new Date(started.getTime() + 150 * DAY));
    await runNightly();
    const atRisk = await waitFor(async () => {
      const customer = await view(id);
      expect(customer.lifecycleStage).toBe('AT_RISK');
      return customer;
    });
    const risk = atRisk.metrics.churnRisk!;
    expect(risk.atRisk).toBe(true);
    expect(risk.score).toBeGreaterThanOrEqual(0.7);
    expect(risk.reasons.map((reason) => reason.signal)).toEqual([
      'OVERDUE_REPURCHASE',
      'FALLING_SPEND',
      'OPEN_COMPLAINTS',
      'SILENCE',
    ]);
    expect(risk.reasons.reduce((sum, reason) => sum + reason.contribution, 0)).toBeCloseTo(risk.score, 10);
    const [detected] = await waitFor(() => {
      const found = eventsOf('crm.analytics.customer.churn_risk_detected', id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(detected.data).toMatchObject({
      customerId: id,
      score: risk.score,
      threshold: 0.7,
      reasons: risk.reasons,
    });
    const [move] = atRisk.lifecycleHistory.edges.map((edge) => edge.node);
    expect(move).toMatchObject({
      from: 'REPEAT',
      to: 'AT_RISK',
      source: 'EVENT',
      causingEventId: detected.id,
    });
    expect(move.reason).toContain('No purchase for 520 days, usually every 30');
    expect(move.reason).toContain('1 open complaint');

    await waitFor(async () => {
      const runs: { customer_id: string }[] = await platform.subgraphs.marketing.dataSource.query(
        'SELECT customer_id FROM journey_runs WHERE journey_id = $1',
        [winBack.id],
      );
      expect(runs).toEqual([{ customer_id: id }]);
    });
    const { journey } = await ok(
      marketer<{ journey: { id: string; version: number } }>(
        'query ($id: ID!) { journey(id: $id) { id version } }',
        {
          id: winBack.id,
        },
      ),
    );
    await ok(
      marketer(
        'mutation ($id: ID!, $version: Int!) { archiveJourney(id: $id, version: $version) { id } }',
        journey,
      ),
    );

    // Still above the threshold the next night: nothing announced again.
    clock.set(new Date(started.getTime() + 151 * DAY));
    await runNightly();
    expect(await outboxCount('crm.analytics.customer.churn_risk_detected', id)).toBe(1);

    // A purchase: the customer service moves them back at once, analytics clears the risk.
    await publisher.publish(paymentReceived(id, '2000.00', new Date(started.getTime() + 151 * DAY)));
    const back = await waitFor(async () => {
      const customer = await view(id);
      expect(customer.lifecycleStage).toBe('REPEAT');
      expect(customer.metrics.churnRisk?.atRisk).toBe(false);
      return customer;
    });
    expect(back.metrics.churnRisk?.reasons.map((reason) => reason.signal)).toEqual([
      'OPEN_COMPLAINTS',
      'SILENCE',
    ]);
    expect(back.metrics.clv).toEqual({ amount: '1600.00', currency: 'EUR' }); // 2000 × 0.3 × 0.8 / 0.3
    await waitFor(async () =>
      expect(await outboxCount('crm.analytics.customer.churn_risk_cleared', id)).toBe(1),
    );
  });
});
