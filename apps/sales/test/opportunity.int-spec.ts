import { queryObserver } from '@crm/db';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { id name stage probability amount { amount currency } customer { id name } }
}`;
const CUSTOMER_360 = `query ($id: ID!) {
  customer(id: $id) {
    name
    opportunities { edges { node { name amount { amount currency } } } }
    metrics { openOpportunities openPipeline { amount currency } }
  }
}`;

describe('sales and analytics through the gateway', () => {
  let platform: TestPlatform;
  let token: string;
  const send = (query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(platform.gatewayUrl, query, variables, token);

  async function createCustomer(name: string): Promise<string> {
    const response = await send(CREATE_CUSTOMER, { input: { kind: 'COMPANY', name } });
    return (response.data as { createCustomer: { id: string } }).createCustomer.id;
  }

  /** Sales learns customers from events: the first opportunity may wait for the projection. */
  async function createOpportunity(input: Record<string, unknown>) {
    return waitFor(async () => {
      const response = await send(CREATE_OPPORTUNITY, { input });
      if (response.errors?.[0].extensions?.code === 'NOT_FOUND')
        throw new Error('customer not yet known to sales');
      return response;
    });
  }

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
  });
  afterAll(() => platform?.stop());

  it('shows a customer, its opportunities and its metrics from three subgraphs in one query', async () => {
    const customerId = await createCustomer('Globex');
    const first = await createOpportunity({ customerId, name: 'Pilot', amount: '0.1', currency: 'EUR' });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({
      createOpportunity: {
        stage: 'PROSPECTING',
        probability: 10,
        customer: { id: customerId, name: 'Globex' },
      },
    });
    await createOpportunity({
      customerId,
      name: 'Rollout',
      amount: '0.2',
      currency: 'EUR',
      stage: 'NEGOTIATION',
    });

    const view = await waitFor(async () => {
      const response = await send(CUSTOMER_360, { id: customerId });
      const metrics = (response.data as { customer: { metrics: { openOpportunities: number } } }).customer
        .metrics;
      if (metrics.openOpportunities < 2) throw new Error('analytics has not caught up');
      return response;
    });
    expect(view.data).toEqual({
      customer: {
        name: 'Globex',
        opportunities: {
          edges: [
            { node: { name: 'Rollout', amount: { amount: '0.20', currency: 'EUR' } } },
            { node: { name: 'Pilot', amount: { amount: '0.10', currency: 'EUR' } } },
          ],
        },
        metrics: { openOpportunities: 2, openPipeline: [{ amount: '0.30', currency: 'EUR' }] },
      },
    });
  });

  it.each([
    [{ amount: '-5' }, 'input.amount'],
    [{ currency: 'EURO' }, 'input.currency'],
    [{ stage: 'CLOSED_WON' }, 'input.stage'],
    [{ customerId: '0194c1d0-0000-7000-8000-00000000dead' }, 'input.customerId'],
  ])('refuses %j on %s and writes nothing', async (change, field) => {
    const customerId = await createCustomer(`Refusals ${field}`);
    await createOpportunity({ customerId, name: 'Known good', amount: '1', currency: 'USD' });
    const countBefore = await platform.subgraphs.sales.dataSource.query(
      'SELECT count(*) AS n FROM opportunities',
    );
    const response = await send(CREATE_OPPORTUNITY, {
      input: { customerId, name: 'Bad', amount: '10', currency: 'USD', ...change },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ field });
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(response.errors?.[0].extensions?.code);
    const countAfter = await platform.subgraphs.sales.dataSource.query(
      'SELECT count(*) AS n FROM opportunities',
    );
    expect(countAfter).toEqual(countBefore);
  });

  it('resolves opportunities of 200 listed customers with one SQL query in the sales subgraph', async () => {
    const mutations = Array.from(
      { length: 200 },
      (_, i) => `c${i}: createCustomer(input: {kind: PERSON, name: "Batch ${i}"}) { id }`,
    );
    // Ten per request: the gateway allows at most 15 aliases.
    for (let i = 0; i < 200; i += 10) await send(`mutation { ${mutations.slice(i, i + 10).join(' ')} }`);
    const list = await send(`{ customers(first: 200) { edges { node { id } } } }`);
    const ids = (list.data as { customers: { edges: { node: { id: string } }[] } }).customers.edges.map(
      (e) => e.node.id,
    );
    await createOpportunity({ customerId: ids[0], name: 'Batch deal', amount: '5', currency: 'EUR' });

    const statements: string[] = [];
    const record = (schema: string, sql: string) => schema === 'sales' && statements.push(sql);
    queryObserver.on('query', record);
    const query = `{ customers(first: 200) { edges { node { id opportunities(first: 5) { edges { node { id } } } } } } }`;
    const page = await send(query);
    expect(page.errors).toBeUndefined();
    expect((page.data as { customers: { edges: unknown[] } }).customers.edges).toHaveLength(200);
    const fromSales = statements.length;
    queryObserver.off('query', record);
    expect(fromSales).toBe(1);
    expect(statements[0]).toMatch(/row_number\(\) OVER \(PARTITION BY/);
  });
});
