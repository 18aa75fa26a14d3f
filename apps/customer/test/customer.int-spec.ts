import { parseEvent } from '@crm/events';
import {
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name email kind lifecycleStage version } }`;
const GET = `query ($id: ID!) { customer(id: $id) { id name } }`;
const LIST = `query ($first: Int, $after: String, $filter: CustomerFilter) {
  customers(first: $first, after: $after, filter: $filter) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}`;

describe('customer subgraph through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let token: string;
  const send = (query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(platform.gatewayUrl, query, variables, token);
  const customerCount = async () =>
    Number((await platform.subgraphs.customer.dataSource.query('SELECT count(*) AS n FROM customers'))[0].n);
  const outboxCount = async () =>
    Number((await platform.subgraphs.customer.dataSource.query('SELECT count(*) AS n FROM outbox'))[0].n);

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    token = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('creates a customer, reads it back and publishes a valid CloudEvent keyed by its id', async () => {
    const created = await send(CREATE, {
      input: { kind: 'COMPANY', name: 'Acme Corp', email: 'Sales@Acme.example' },
    });
    expect(created.errors).toBeUndefined();
    const customer = (created.data as { createCustomer: { id: string; email: string } }).createCustomer;
    expect(customer).toMatchObject({
      name: 'Acme Corp',
      email: 'sales@acme.example',
      lifecycleStage: 'PROSPECT',
      version: 1,
    });

    const read = await send(GET, { id: customer.id });
    expect(read.data).toEqual({ customer: { id: customer.id, name: 'Acme Corp' } });

    const message = await waitFor(() => {
      const found = probe.messages.find((m) => m.key === customer.id);
      if (!found) throw new Error('customer.created not on Kafka yet');
      return found;
    });
    const event = parseEvent(message.value);
    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'crm.customer.customer.created',
      source: '/crm/customer',
      subject: customer.id,
      data: { customerId: customer.id, name: 'Acme Corp', kind: 'COMPANY' },
    });
  });

  it('pages through customers with keyset cursors, newest first, and filters', async () => {
    const names = ['Page A', 'Page B', 'Page C', 'Page D', 'Page E'];
    for (const name of names) await send(CREATE, { input: { kind: 'PERSON', name } });
    type List = {
      customers: {
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = (await send(LIST, { first: 2, filter: { kind: 'PERSON' } })).data as List;
    expect(first.customers.edges.map((e) => e.node.name)).toEqual(['Page E', 'Page D']);
    expect(first.customers.pageInfo.hasNextPage).toBe(true);
    const second = (
      await send(LIST, { first: 2, after: first.customers.pageInfo.endCursor, filter: { kind: 'PERSON' } })
    ).data as List;
    expect(second.customers.edges.map((e) => e.node.name)).toEqual(['Page C', 'Page B']);
  });

  it.each([
    [{ kind: 'COMPANY', name: '' }, 'input.name'],
    [{ kind: 'COMPANY', name: 'Bad Mail', email: 'not-an-email' }, 'input.email'],
    [{ kind: 'PERSON', name: 'Bad Phone', phone: '12' }, 'input.phone'],
  ])('refuses %j with BAD_USER_INPUT on %s and writes nothing', async (input, field) => {
    const [customersBefore, outboxBefore] = [await customerCount(), await outboxCount()];
    const response = await send(CREATE, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await customerCount()).toBe(customersBefore);
    expect(await outboxCount()).toBe(outboxBefore);
  });

  it('refuses a missing name before any subgraph is called', async () => {
    const response = await send(CREATE, { input: { kind: 'COMPANY' } });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/name/);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one or a wrong cursor', async () => {
    const unknown = await send(GET, { id: '0194c1d0-0000-7000-8000-00000000dead' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const malformed = await send(GET, { id: 'acme' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const cursor = await send(LIST, { after: 'not-a-cursor' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses callers without a valid token, at the gateway and at the subgraph', async () => {
    const anonymous = await graphqlRequest(platform.gatewayUrl, GET, {
      id: '0194c1d0-0000-7000-8000-00000000dead',
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await graphqlRequest(platform.gatewayUrl, GET, { id: 'x' }, `${token.slice(0, -4)}AAAA`);
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await graphqlRequest(platform.subgraphs.customer.url, '{ _service { sdl } }');
    expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
