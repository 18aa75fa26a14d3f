import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

const METRICS = `query ($id: ID!) { customer(id: $id) { metrics { openOpportunities openPipeline { amount currency } } } }`;

interface Metrics {
  openOpportunities: number;
  openPipeline: { amount: string; currency: string }[];
}

interface Deal extends Record<string, unknown> {
  id: string;
  version: number;
}

describe('Customer.metrics follows the deals’ stages and amounts (opportunity events → analytics)', () => {
  let platform: TestPlatform;
  let token: string;

  async function send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  }
  const metricsOnce = (customerId: string, expected: Metrics) =>
    waitFor(async () => {
      const { customer } = await send<{ customer: { metrics: Metrics } }>(METRICS, { id: customerId });
      expect(customer.metrics).toEqual(expected);
    });

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('leaves a lost deal out, follows a new amount, and counts a reopened deal again', async () => {
    const { createCustomer } = await send<{ createCustomer: { id: string } }>(
      `mutation { createCustomer(input: { kind: COMPANY, name: "Metrics Follow AG" }) { id } }`,
      {},
    );
    const customerId = createCustomer.id;
    const { createOpportunity: created } = await waitFor(() =>
      send<{ createOpportunity: Deal }>(
        `mutation ($customerId: ID!) { createOpportunity(input: { customerId: $customerId, name: "Follow", amount: "100.10", currency: "EUR" }) { id version } }`,
        { customerId },
      ),
    );
    await metricsOnce(customerId, {
      openOpportunities: 1,
      openPipeline: [{ amount: '100.10', currency: 'EUR' }],
    });

    const { updateOpportunity: updated } = await send<{ updateOpportunity: Deal }>(
      `mutation ($id: ID!, $version: Int!) { updateOpportunity(id: $id, version: $version, input: { amount: "250.20" }) { id version } }`,
      created,
    );
    await metricsOnce(customerId, {
      openOpportunities: 1,
      openPipeline: [{ amount: '250.20', currency: 'EUR' }],
    });

    const { loseOpportunity: lost } = await send<{ loseOpportunity: Deal }>(
      `mutation ($id: ID!, $version: Int!) { loseOpportunity(id: $id, version: $version, reason: "Budget cut") { id version } }`,
      updated,
    );
    await metricsOnce(customerId, { openOpportunities: 0, openPipeline: [] });

    await send(
      `mutation ($id: ID!, $version: Int!) { reopenOpportunity(id: $id, version: $version, reason: "Budget back", stage: PROPOSAL) { id } }`,
      lost,
    );
    await metricsOnce(customerId, {
      openOpportunities: 1,
      openPipeline: [{ amount: '250.20', currency: 'EUR' }],
    });
  });
});
