import { randomBytes } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
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
const serviceOf = (span: ReadableSpan) => span.attributes['crm.service'];

describe('one trace from the client through the gateway, sales, Kafka and analytics', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let platform: TestPlatform;
  let token: string;
  let probe: EventProbe;

  beforeAll(async () => {
    tracing = traceThisProcess(exporter);
    platform = await startPlatform();
    token = await tokenFor();
    probe = await EventProbe.start([OPPORTUNITY_TOPIC]);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
    await tracing?.shutdown();
  });

  /** POSTs as a client that traces its own calls: its span is the root, the platform continues it. */
  async function sendAsTracedClient(traceparent: string, query: string, variables: object) {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: { createOpportunity: { id: string } }; errors?: unknown[] };
  }

  it('creates an opportunity in one trace that the analytics consumer continues', async () => {
    const created = await graphqlRequest(
      platform.gatewayUrl,
      CREATE_CUSTOMER,
      {
        input: { kind: 'COMPANY', name: 'Traced Ltd' },
      },
      token,
    );
    const customerId = (created.data as { createCustomer: { id: string } }).createCustomer.id;
    const traceId = hex(16);
    const clientSpanId = hex(8);
    const traceparent = `00-${traceId}-${clientSpanId}-01`;

    // Sales learns the customer from its event: the first tries may be NOT_FOUND.
    const opportunityId = await waitFor(async () => {
      const response = await sendAsTracedClient(traceparent, CREATE_OPPORTUNITY, {
        input: { customerId, name: 'Traced deal', amount: '100.00', currency: 'EUR' },
      });
      if (!response.data?.createOpportunity) throw new Error(JSON.stringify(response.errors));
      return response.data.createOpportunity.id;
    });

    const inTrace = () =>
      exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const consumed = await waitFor(() => {
      const span = inTrace().find(
        (s) =>
          s.kind === SpanKind.CONSUMER &&
          serviceOf(s) === 'analytics' &&
          s.attributes['cloudevents.event_type'] === 'crm.sales.opportunity.created',
      );
      if (!span) throw new Error('analytics has not applied the event in this trace yet');
      return span;
    });
    const spans = inTrace();
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');

    const gatewayServer = spans.find((s) => s.kind === SpanKind.SERVER && serviceOf(s) === 'gateway');
    expect(gatewayServer?.parentSpanContext?.spanId).toBe(clientSpanId);
    const salesServer = spans.find((s) => s.kind === SpanKind.SERVER && serviceOf(s) === 'sales');
    expect(salesServer).toBeDefined();
    const outboxInsert = spans.find(
      (s) =>
        serviceOf(s) === 'sales' &&
        /^INSERT INTO ("sales"\.)?"outbox"/.test(String(s.attributes['db.query.text'])),
    );
    expect(outboxInsert).toBeDefined();
    const publish = parentOf(consumed);
    expect(publish).toMatchObject({ kind: SpanKind.PRODUCER, attributes: { 'crm.service': 'sales' } });
    expect(publish?.attributes['messaging.kafka.message.key']).toBe(opportunityId);

    const message = await waitFor(() => {
      const found = probe.messages.find(
        (m) => m.key === opportunityId && m.value.includes('opportunity.created'),
      );
      if (!found) throw new Error('the opportunity.created message has not arrived');
      return found;
    });
    expect(String(message.headers?.traceparent)).toBe(`00-${traceId}-${publish?.spanContext().spanId}-01`);
    const event = JSON.parse(message.value) as { traceparent?: string };
    expect(event.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    // The event names the span of the change that wrote it: the publish span is its child.
    expect(event.traceparent?.split('-')[2]).toBe(publish?.parentSpanContext?.spanId);
  });
});
