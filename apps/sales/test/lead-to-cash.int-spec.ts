import { randomUUID } from 'node:crypto';
import { topicOf, type EventType } from '@crm/events';
import {
  EventProbe,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type ReceivedMessage,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';

const TYPES_IN_ORDER: EventType[] = [
  'crm.sales.lead.converted',
  'crm.customer.customer.created',
  'crm.sales.opportunity.won',
  'crm.sales.contract.signed',
  'crm.sales.order.placed',
  'crm.sales.payment.received',
  'crm.sales.payment.received',
];

interface Envelope {
  id: string;
  type: EventType;
  subject: string;
  time: string;
  data: Record<string, unknown>;
}

const envelopeOf = (message: ReceivedMessage) => JSON.parse(message.value) as Envelope;

/**
 * Issue 5, "what it must show": lead → customer → opportunity → won → contract → order → payment,
 * end to end through the gateway, with every step's event on Kafka in order and the customer
 * service moving the customer to CUSTOMER from the purchase events.
 */
describe('lead to cash through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let send: Send;
  const rep = person(['SALES_REP']);

  beforeAll(async () => {
    probe = await EventProbe.start([
      ...new Set(
        [...TYPES_IN_ORDER, 'crm.customer.customer.lifecycle_changed' as const].map((type) => topicOf(type)),
      ),
    ]);
    platform = await startPlatform();
    send = sender(platform.gatewayUrl, await tokenFor(rep));
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('takes a lead to a paid order, with the events in order and the customer becoming a CUSTOMER', async () => {
    const { createLead } = await ok(
      send<{ createLead: { id: string } }>(
        `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        {
          input: {
            firstName: 'Ines',
            lastName: 'Moreau',
            companyName: `Lead to Cash ${randomUUID()}`,
            source: 'REFERRAL',
          },
        },
      ),
    );
    await ok(
      send(`mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: CALL }) { id } }`, {
        id: createLead.id,
      }),
    );
    await ok(send(`mutation ($id: ID!) { qualifyLead(id: $id) { id } }`, { id: createLead.id }));
    const { convertLead } = await ok(
      send<{ convertLead: { customerId: string; opportunity: { id: string; version: number } } }>(
        `mutation ($id: ID!) {
          convertLead(id: $id, input: { createOpportunity: { name: "Rollout", amount: "1000.3", currency: "EUR" } }) {
            customerId opportunity { id version }
          }
        }`,
        { id: createLead.id },
      ),
    );
    const { customerId, opportunity } = convertLead;

    const prospect = await waitFor(async () => {
      const { customer } = await ok(
        send<{ customer: { lifecycleStage: string } | null }>(
          `query ($id: ID!) { customer(id: $id) { lifecycleStage } }`,
          {
            id: customerId,
          },
        ),
      ).catch(() => ({ customer: null }));
      if (!customer) throw new Error('the customer service has not applied lead.converted yet');
      return customer;
    });
    expect(prospect.lifecycleStage).toBe('PROSPECT');

    await ok(
      send(
        `mutation ($id: ID!, $version: Int!) { winOpportunity(id: $id, version: $version, reason: "Referral") { id } }`,
        opportunity,
      ),
    );
    const { createContract } = await ok(
      send<{ createContract: { id: string } }>(
        `mutation ($id: ID!) { createContract(input: { opportunityId: $id, startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }`,
        { id: opportunity.id },
      ),
    );
    await ok(
      send(`mutation ($id: ID!) { moveContract(input: { id: $id, version: 1, to: SIGNED }) { id } }`, {
        id: createContract.id,
      }),
    );
    const { placeOrder } = await ok(
      send<{ placeOrder: { id: string; total: { amount: string } } }>(
        `mutation ($id: ID!) { placeOrder(input: { contractId: $id }) { id total { amount } } }`,
        { id: createContract.id },
      ),
    );
    expect(placeOrder.total.amount).toBe('1000.30');
    const pay = (amount: string) =>
      ok(
        send<{ recordPayment: { order: { outstandingBalance: { amount: string } } } }>(
          `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { order { outstandingBalance { amount } } } }`,
          {
            input: { orderId: placeOrder.id, amount, currency: 'EUR', receivedAt: new Date().toISOString() },
          },
        ),
      );
    expect((await pay('1000.1')).recordPayment.order.outstandingBalance.amount).toBe('0.20');
    expect((await pay('0.2')).recordPayment.order.outstandingBalance.amount).toBe('0.00');

    const keys = new Set([createLead.id, customerId, opportunity.id, createContract.id, placeOrder.id]);
    const mine = (message: ReceivedMessage) => {
      const event = envelopeOf(message);
      return keys.has(event.subject) || event.data.orderId === placeOrder.id;
    };
    const events = await waitFor(() => {
      // At-least-once delivery: a redelivered event has the same id.
      const seen = [
        ...new Map(
          probe.messages
            .filter(mine)
            .map(envelopeOf)
            .map((e) => [e.id, e]),
        ).values(),
      ];
      const lifecycle = seen.find(
        (e) => e.type === 'crm.customer.customer.lifecycle_changed' && e.data.to === 'CUSTOMER',
      );
      if (seen.filter((e) => e.type === 'crm.sales.payment.received').length < 2 || !lifecycle)
        throw new Error('not every event is on Kafka yet');
      return seen;
    });
    // Each step waited for the previous one, so event times give the order the platform acted in.
    // Test runs share the Kafka topics: another run's customer service may also answer our
    // lead.converted with a customer.created of its own, so each (type, subject) counts once.
    const journey = [
      ...new Map(
        events
          .filter((e) => TYPES_IN_ORDER.includes(e.type))
          .sort((a, b) => b.time.localeCompare(a.time))
          .map((e) => [`${e.type} ${e.subject}`, e]),
      ).values(),
    ].sort((a, b) => a.time.localeCompare(b.time));
    expect(journey.map((e) => e.type)).toEqual(TYPES_IN_ORDER);
    expect(journey.map((e) => e.data.outstandingBalance).slice(-2)).toEqual(['0.20', '0.00']);

    // The customer service consumes payment.received: the first payment makes the prospect a CUSTOMER.
    const firstPayment = journey.find((e) => e.type === 'crm.sales.payment.received')!;
    const becameCustomer = events.find(
      (e) => e.type === 'crm.customer.customer.lifecycle_changed' && e.data.to === 'CUSTOMER',
    )!;
    expect(becameCustomer.data).toMatchObject({
      customerId,
      from: 'PROSPECT',
      source: 'EVENT',
      causingEventId: firstPayment.id,
    });
    const { customer } = await ok(
      send<{ customer: { lifecycleStage: string } }>(
        `query ($id: ID!) { customer(id: $id) { lifecycleStage } }`,
        {
          id: customerId,
        },
      ),
    );
    expect(customer.lifecycleStage).toBe('CUSTOMER');
  });
});
