import { randomUUID } from 'node:crypto';
import type { Role } from '@crm/permissions';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

const TIMELINE_VIA_DEAL = `query ($id: ID!) { opportunity(id: $id) { customer { timeline { edges { node { kind } } } } } }`;

interface ViaDeal {
  opportunity: { customer: { timeline: { edges: { node: { kind: string } }[] } } };
}

describe('customer timeline: record scope kept by analytics itself', () => {
  let platform: TestPlatform;
  const repId = randomUUID();
  const tokenOf = (roles: Role[], userId = randomUUID()) =>
    tokenFor({ userId, roles, teamId: null, managedUserIds: [] });

  async function send<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  }

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  // The gateway fetches Opportunity.customer.timeline from sales and analytics only, never asking
  // the customer service: analytics must check the customer's owner on its own.
  it('hides the timeline from the former owner once the customer has another owner (customer.updated)', async () => {
    const [admin, rep] = await Promise.all([tokenOf(['ADMIN']), tokenOf(['SALES_REP'], repId)]);
    const { createCustomer } = await send<{ createCustomer: { id: string } }>(
      admin,
      `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Handed over", ownerId: $ownerId }) { id } }`,
      { ownerId: repId },
    );
    const { createOpportunity } = await waitFor(() =>
      send<{ createOpportunity: { id: string } }>(
        rep,
        `mutation ($customerId: ID!) { createOpportunity(input: { customerId: $customerId, name: "Kept deal", amount: "10", currency: "EUR" }) { id } }`,
        { customerId: createCustomer.id },
      ),
    );
    const viaDeal = () => send<ViaDeal>(rep, TIMELINE_VIA_DEAL, { id: createOpportunity.id });
    await waitFor(async () => {
      const kinds = (await viaDeal()).opportunity.customer.timeline.edges.map((edge) => edge.node.kind);
      expect(kinds.sort()).toEqual(['CUSTOMER_CREATED', 'OPPORTUNITY_CREATED']);
    });

    await send(
      admin,
      `mutation ($id: ID!, $ownerId: ID) { updateCustomer(id: $id, version: 1, input: { ownerId: $ownerId }) { id } }`,
      {
        id: createCustomer.id,
        ownerId: randomUUID(),
      },
    );
    await waitFor(async () => {
      expect((await viaDeal()).opportunity.customer.timeline.edges).toEqual([]);
    });
  });
});
