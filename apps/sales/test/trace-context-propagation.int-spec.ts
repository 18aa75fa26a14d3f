import { randomBytes } from 'node:crypto';
import {
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  traceThisProcess,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import type { Tracing } from '@crm/telemetry';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`;
const OPPORTUNITY_TOPIC = 'crm.sales.opportunity.v1';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * Issue 17 item 1: with no exporter configured (the default), nothing is recorded, yet the
 * caller's trace reaches the events its request causes (the CloudEvent's `traceparent` and the
 * Kafka header), so consumers and data teams can join them to it.
 */
describe('the trace context without an exporter', () => {
  let tracing: Tracing;
  let platform: TestPlatform;
  let token: string;
  let probe: EventProbe;

  beforeAll(async () => {
    tracing = traceThisProcess();
    platform = await startPlatform();
    token = await tokenFor();
    probe = await EventProbe.start([OPPORTUNITY_TOPIC]);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
    await tracing?.shutdown();
  });

  async function sendWithTraceparent(traceparent: string, query: string, variables: object) {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: { createOpportunity: { id: string } }; errors?: unknown[] };
  }

  it("carries the caller's trace id into the event and its Kafka message", async () => {
    expect(tracing.enabled).toBe(false);
    const created = await graphqlRequest(
      platform.gatewayUrl,
      CREATE_CUSTOMER,
      { input: { kind: 'COMPANY', name: 'Untraced Ltd' } },
      token,
    );
    const customerId = (created.data as { createCustomer: { id: string } }).createCustomer.id;
    const traceId = hex(16);
    const traceparent = `00-${traceId}-${hex(8)}-01`;

    // Sales learns the customer from its event: the first tries may be NOT_FOUND.
    const opportunityId = await waitFor(async () => {
      const response = await sendWithTraceparent(traceparent, CREATE_OPPORTUNITY, {
        input: { customerId, name: 'Untraced deal', amount: '100.00', currency: 'EUR' },
      });
      if (!response.data?.createOpportunity) throw new Error(JSON.stringify(response.errors));
      return response.data.createOpportunity.id;
    });

    const message = await waitFor(() => {
      const found = probe.messages.find(
        (m) => m.key === opportunityId && m.value.includes('opportunity.created'),
      );
      if (!found) throw new Error('the opportunity.created message has not arrived');
      return found;
    });
    const event = JSON.parse(message.value) as { traceparent?: string };
    expect(event.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
    expect(String(message.headers?.traceparent)).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
  });
});
