import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { parseEvent, type AnyCloudEvent } from '@crm/events';
import { kafkaTopicOf } from '@crm/messaging';
import {
  EventProbe,
  graphqlRequest,
  readTestEnvironment,
  startPlatform,
  tokenFor,
  waitFor,
  type GraphQLResponse,
  type TestPlatform,
  type ReceivedMessage,
} from '@crm/platform-testing';

const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
const FOLLOW_UP = `mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: CALL }) { id } }`;
const QUALIFY = `mutation ($id: ID!) { qualifyLead(id: $id) { id status } }`;
const CONVERT = `mutation ($id: ID!, $input: ConvertLeadInput) {
  convertLead(id: $id, input: $input) {
    lead { id status convertedCustomer { id } }
    customerId
    contactId
    opportunity { id name stage amount { amount currency } owner { id } customer { id } }
  }
}`;
const CONVERTED_CUSTOMER = `query ($id: ID!) {
  customer(id: $id) {
    id name kind source owner { id }
    contacts { edges { node { id firstName lastName email jobTitle primary } } }
    opportunities { edges { node { id name } } }
  }
}`;
const LEAD_CUSTOMER = `query ($id: ID!) { lead(id: $id) { convertedCustomer { id name } } }`;

/** Event-driven effects on a shared, busy broker: more patience than waitFor's default. */
const SAGA_WAIT = { timeoutMs: 40_000 };

type Converted = {
  lead: { id: string; status: string };
  customerId: string;
  contactId: string | null;
  opportunity: { id: string; customer: { id: string } } | null;
};

describe('lead conversion saga through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let token: string;
  const send = (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    graphqlRequest(platform.gatewayUrl, query, variables, token);
  const ownerId = randomUUID();

  async function qualifiedLead(input: Record<string, unknown>): Promise<string> {
    const created = await send(CREATE_LEAD, {
      input: { firstName: 'Jana', lastName: 'Krüger', source: 'WEB_FORM', ownerId, ...input },
    });
    expect(created.errors).toBeUndefined();
    const id = (created.data as { createLead: { id: string } }).createLead.id;
    await send(FOLLOW_UP, { id });
    const qualified = await send(QUALIFY, { id });
    expect(qualified.data).toEqual({ qualifyLead: { id, status: 'QUALIFIED' } });
    return id;
  }

  const messagesFor = (key: string, type: string): ReceivedMessage[] =>
    probe.messages.filter((m) => m.key === key && (parseEvent(m.value) as AnyCloudEvent).type === type);

  const customerOutboxCount = async (type: string, key: string): Promise<number> => {
    const [row] = await platform.subgraphs.customer.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox WHERE event_type = $1 AND message_key = $2',
      [type, key],
    );
    return row.n;
  };

  beforeAll(async () => {
    probe = await EventProbe.start([
      'crm.sales.lead.v1',
      'crm.customer.customer.v1',
      'crm.customer.contact.v1',
    ]);
    platform = await startPlatform();
    token = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('converts a company lead: ids at once, then the customer and its contact appear in the customer service', async () => {
    const leadId = await qualifiedLead({
      companyName: 'Nordlicht Solar AG',
      email: 'jana@nordlicht.example',
      jobTitle: 'Head of Procurement',
      industry: 'ENERGY',
      region: 'EMEA',
    });
    const response = await send(CONVERT, {
      id: leadId,
      input: {
        createOpportunity: {
          name: 'Solar roof',
          amount: '0.1',
          currency: 'EUR',
          expectedCloseDate: '2026-12-31',
        },
      },
    });
    expect(response.errors).toBeUndefined();
    const result = (response.data as { convertLead: Converted }).convertLead;
    expect(result).toMatchObject({
      lead: { id: leadId, status: 'CONVERTED' },
      opportunity: {
        name: 'Solar roof',
        stage: 'PROSPECTING',
        amount: { amount: '0.10', currency: 'EUR' },
        owner: { id: ownerId },
        customer: { id: result.customerId },
      },
    });
    expect(result.contactId).toEqual(expect.any(String));

    const customer = await waitFor(async () => {
      const found = await send(CONVERTED_CUSTOMER, { id: result.customerId });
      const data = found.data as { customer: unknown } | null;
      if (!data?.customer) throw new Error('the customer service has not applied lead.converted yet');
      return found;
    }, SAGA_WAIT);
    expect(customer.errors).toBeUndefined();
    expect(customer.data).toEqual({
      customer: {
        id: result.customerId,
        name: 'Nordlicht Solar AG',
        kind: 'COMPANY',
        source: 'LEAD_CONVERSION',
        owner: { id: ownerId },
        contacts: {
          edges: [
            {
              node: {
                id: result.contactId,
                firstName: 'Jana',
                lastName: 'Krüger',
                email: 'jana@nordlicht.example',
                jobTitle: 'Head of Procurement',
                primary: true,
              },
            },
          ],
        },
        opportunities: { edges: [{ node: { id: result.opportunity!.id, name: 'Solar roof' } }] },
      },
    });
    const viaLead = await send(LEAD_CUSTOMER, { id: leadId });
    expect(viaLead.data).toEqual({
      lead: { convertedCustomer: { id: result.customerId, name: 'Nordlicht Solar AG' } },
    });

    const [converted] = await waitFor(() => {
      const found = messagesFor(leadId, 'crm.sales.lead.converted');
      if (!found.length) throw new Error('lead.converted not on Kafka yet');
      return found;
    });
    expect(parseEvent(converted.value)).toMatchObject({
      subject: leadId,
      data: {
        customerId: result.customerId,
        customerKind: 'COMPANY',
        contact: { contactId: result.contactId },
        opportunityId: result.opportunity!.id,
      },
    });
    await waitFor(() => {
      expect(messagesFor(result.customerId, 'crm.customer.customer.created')).not.toHaveLength(0);
      expect(messagesFor(result.contactId!, 'crm.customer.contact.created')).not.toHaveLength(0);
    });
    // Kafka is shared with other test runs (whose customer services apply the event to their own
    // databases), so "exactly once" is checked where this platform's events are born: its outbox.
    expect(await customerOutboxCount('crm.customer.customer.created', result.customerId)).toBe(1);
    expect(await customerOutboxCount('crm.customer.contact.created', result.contactId!)).toBe(1);

    expect((await send(CONVERT, { id: leadId })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('converts a person lead into a person customer without a contact or deal', async () => {
    const leadId = await qualifiedLead({ email: 'max@example.com', phone: '+49301234567' });
    const result = ((await send(CONVERT, { id: leadId })).data as { convertLead: Converted }).convertLead;
    expect(result).toMatchObject({ contactId: null, opportunity: null });
    const customer = await waitFor(async () => {
      const data = (
        await send(`query ($id: ID!) { customer(id: $id) { name kind email } }`, { id: result.customerId })
      ).data as { customer: unknown } | null;
      if (!data?.customer) throw new Error('not yet');
      return data.customer;
    });
    expect(customer).toEqual({ name: 'Jana Krüger', kind: 'PERSON', email: 'max@example.com' });
  });

  it('refuses to convert a lead that is not qualified, or with a bad deal, and writes nothing', async () => {
    const created = await send(CREATE_LEAD, {
      input: { firstName: 'New', lastName: 'Lead', source: 'MANUAL' },
    });
    const newLead = (created.data as { createLead: { id: string } }).createLead.id;
    const notQualified = await send(CONVERT, { id: newLead });
    expect(notQualified.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const leadId = await qualifiedLead({});
    const badDeal = await send(CONVERT, {
      id: leadId,
      input: { createOpportunity: { name: 'Bad', amount: '-5', currency: 'EUR' } },
    });
    expect(badDeal.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.createOpportunity.amount',
    });
    const [row] = await platform.subgraphs.sales.dataSource.query('SELECT status FROM leads WHERE id = $1', [
      leadId,
    ]);
    expect(row.status).toBe('QUALIFIED');
  });

  it('applies a redelivered or replayed lead.converted once: one customer, one customer.created', async () => {
    const leadId = await qualifiedLead({ companyName: 'Replay GmbH' });
    const result = ((await send(CONVERT, { id: leadId })).data as { convertLead: Converted }).convertLead;
    const [original] = await waitFor(() => {
      const found = messagesFor(leadId, 'crm.sales.lead.converted');
      if (!found.length) throw new Error('lead.converted not on Kafka yet');
      return found;
    });
    await waitFor(async () =>
      expect(await customerOutboxCount('crm.customer.customer.created', result.customerId)).toBe(1),
    );

    // The same message again (a redelivery), then a copy under a new event id (a replay).
    const replay = { ...JSON.parse(original.value), id: randomUUID() };
    const kafka = new Kafka({
      brokers: readTestEnvironment().kafkaBrokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: kafkaTopicOf('crm.sales.lead.v1'),
      messages: [
        { key: original.key, value: original.value, headers: original.headers },
        { key: original.key, value: JSON.stringify(replay), headers: original.headers },
      ],
    });
    await producer.disconnect();

    const customerDb = platform.subgraphs.customer.dataSource;
    await waitFor(async () => {
      const applied = await customerDb.query('SELECT 1 FROM inbox WHERE event_id = $1', [replay.id]);
      expect(applied).toHaveLength(1);
    });
    const customers = await customerDb.query('SELECT count(*)::int AS n FROM customers WHERE id = $1', [
      result.customerId,
    ]);
    const contacts = await customerDb.query(
      'SELECT count(*)::int AS n FROM contacts WHERE customer_id = $1',
      [result.customerId],
    );
    expect([customers[0].n, contacts[0].n]).toEqual([1, 1]);
    expect(await customerOutboxCount('crm.customer.customer.created', result.customerId)).toBe(1);
  });
});
