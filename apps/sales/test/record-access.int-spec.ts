import {
  codesOf,
  person,
  sendersFor,
  startPlatform,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { salesTeam } from './support/sales-team';

/**
 * Issue 3 §2: a rep sees and edits what they own, a manager also their team's, scope 'all' sees
 * everything; roles without PII rights see contact details masked. Through the gateway, by id, by
 * list and through the federated Customer.opportunities.
 */
const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id owner { id } } }`;
const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id owner { id } } }`;
const OPPORTUNITY = `query ($id: ID!) { opportunity(id: $id) { id name } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { id name email phone } }`;
const CUSTOMER_DEALS = `query ($id: ID!) { customer(id: $id) { id opportunities(first: 50) { edges { node { id } } } } }`;
const DEALS_VIA_OPPORTUNITY = `query ($id: ID!) {
  opportunity(id: $id) { id customer { id opportunities(first: 50) { edges { node { id } } } } }
}`;
const DEALS_WITH_CUSTOMERS = `{ opportunities(first: 50) { edges { node { id customer { name } } } } }`;
const CUSTOMERS = `query ($filter: CustomerFilter) { customers(first: 200, filter: $filter) { edges { node { id } } } }`;

const { repA, repB, manager, admin } = salesTeam();
const analyst = person(['ANALYST']);

const idsIn = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((edge) => edge.node.id);

describe('record-level access through the gateway', () => {
  let platform: TestPlatform;
  let as: Record<'repA' | 'repB' | 'manager' | 'analyst' | 'admin', Send>;
  let customerA: string;
  let customerB: string;
  let dealA: string;
  let dealB: string;
  /** A deal of rep A on rep B's account, assigned by an admin. */
  let dealAOnB: string;

  async function createCustomer(send: Send, input: Record<string, unknown>) {
    const response = await send(CREATE_CUSTOMER, { input: { kind: 'COMPANY', ...input } });
    expect(response.errors).toBeUndefined();
    return (response.data as { createCustomer: { id: string; owner: { id: string } | null } }).createCustomer;
  }

  /** Sales learns customers from events: the first opportunity may wait for the projection. */
  async function createOpportunity(send: Send, input: Record<string, unknown>) {
    const response = await waitFor(async () => {
      const attempt = await send(CREATE_OPPORTUNITY, { input: { amount: '100', currency: 'EUR', ...input } });
      if (codesOf(attempt).includes('NOT_FOUND')) throw new Error('customer not yet known to sales');
      return attempt;
    });
    expect(response.errors).toBeUndefined();
    return (response.data as { createOpportunity: { id: string; owner: { id: string } | null } })
      .createOpportunity;
  }

  const customerDeals = async (send: Send, id: string) => {
    const response = await send(CUSTOMER_DEALS, { id });
    expect(response.errors).toBeUndefined();
    return idsIn(
      (response.data as { customer: { opportunities: { edges: { node: { id: string } }[] } } }).customer
        .opportunities,
    );
  };

  const listedCustomers = async (send: Send, filter: Record<string, unknown> = {}) => {
    const response = await send(CUSTOMERS, { filter });
    expect(response.errors).toBeUndefined();
    return idsIn((response.data as { customers: { edges: { node: { id: string } }[] } }).customers);
  };

  beforeAll(async () => {
    platform = await startPlatform();
    as = await sendersFor(platform.gatewayUrl, { repA, repB, manager, analyst, admin });

    const a = await createCustomer(as.repA, {
      name: 'A account',
      email: 'buyer@a.example',
      phone: '+33612345678',
    });
    expect(a.owner).toEqual({ id: repA.userId });
    customerA = a.id;
    customerB = (await createCustomer(as.repB, { name: 'B account' })).id;
    const deal = await createOpportunity(as.repA, { customerId: customerA, name: 'A deal' });
    expect(deal.owner).toEqual({ id: repA.userId });
    dealA = deal.id;
    dealB = (await createOpportunity(as.repB, { customerId: customerB, name: 'B deal' })).id;
    dealAOnB = (
      await createOpportunity(as.admin, { customerId: customerB, name: 'A deal on B', ownerId: repA.userId })
    ).id;
  });
  afterAll(() => platform?.stop());

  describe('another rep', () => {
    it('cannot read the opportunity by id', async () => {
      const response = await as.repB(OPPORTUNITY, { id: dealA });
      expect(codesOf(response)).toEqual(['FORBIDDEN']);
      expect(response.data?.opportunity ?? null).toBeNull();
    });

    it('cannot read the customer, nor its opportunities through it', async () => {
      for (const query of [CUSTOMER, CUSTOMER_DEALS]) {
        const response = await as.repB(query, { id: customerA });
        expect(codesOf(response)).toEqual(['FORBIDDEN']);
        expect(response.data?.customer ?? null).toBeNull();
      }
    });

    it('does not see the customer in lists, even when filtering on its owner', async () => {
      const listed = await listedCustomers(as.repB);
      expect(listed).toContain(customerB);
      expect(listed).not.toContain(customerA);
      expect(await listedCustomers(as.repB, { ownerId: repA.userId })).toEqual([]);
    });

    it('sees only their own deals in the federated Customer.opportunities of their own account', async () => {
      expect(await customerDeals(as.repB, customerB)).toEqual([dealB]);
      const response = await as.repB(DEALS_VIA_OPPORTUNITY, { id: dealB });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        opportunity: {
          id: dealB,
          customer: { id: customerB, opportunities: { edges: [{ node: { id: dealB } }] } },
        },
      });
    });

    it('cannot create records for someone else', async () => {
      const customer = await as.repB(CREATE_CUSTOMER, {
        input: { kind: 'PERSON', name: 'Not mine', ownerId: repA.userId },
      });
      expect(codesOf(customer)).toEqual(['FORBIDDEN']);
      const deal = await as.repB(CREATE_OPPORTUNITY, {
        input: {
          customerId: customerB,
          name: 'Not mine',
          amount: '1',
          currency: 'EUR',
          ownerId: repA.userId,
        },
      });
      expect(codesOf(deal)).toEqual(['FORBIDDEN']);
    });
  });

  describe('a rep selling to a customer they may not see', () => {
    it('is refused', async () => {
      const deal = await as.repB(CREATE_OPPORTUNITY, {
        input: { customerId: customerA, name: 'Poaching', amount: '1', currency: 'EUR' },
      });
      expect(codesOf(deal)).toEqual(['FORBIDDEN']);
    });
  });

  describe('the owner', () => {
    it('reads their customer and deals, including their deal on another rep’s account', async () => {
      expect(codesOf(await as.repA(OPPORTUNITY, { id: dealA }))).toEqual([]);
      expect(codesOf(await as.repA(OPPORTUNITY, { id: dealAOnB }))).toEqual([]);
      expect(await customerDeals(as.repA, customerA)).toEqual([dealA]);
    });
  });

  describe('a list with a deal on a customer the rep may not see', () => {
    it('still comes back, with the customer null (and any error) on that deal only', async () => {
      const response = await as.repA(DEALS_WITH_CUSTOMERS);
      expect(response.data).not.toBeNull();
      const deals = (
        response.data as {
          opportunities: { edges: { node: { id: string; customer: { name: string } | null } }[] };
        }
      ).opportunities.edges.map((edge) => edge.node);
      expect(deals.map((deal) => deal.id).sort()).toEqual([dealA, dealAOnB].sort());
      expect(deals.find((deal) => deal.id === dealA)?.customer).toEqual({ name: 'A account' });
      expect(deals.find((deal) => deal.id === dealAOnB)?.customer).toBeNull();
      const onThatDeal = [
        'opportunities',
        'edges',
        deals.findIndex((deal) => deal.id === dealAOnB),
        'node',
        'customer',
      ];
      for (const error of response.errors ?? []) expect(error.path?.slice(0, 5)).toEqual(onThatDeal);
    });
  });

  describe('the manager of rep A', () => {
    it('sees A’s customer and deals but not B’s', async () => {
      expect(codesOf(await as.manager(OPPORTUNITY, { id: dealA }))).toEqual([]);
      expect(codesOf(await as.manager(OPPORTUNITY, { id: dealB }))).toEqual(['FORBIDDEN']);
      expect(codesOf(await as.manager(CUSTOMER, { id: customerA }))).toEqual([]);
      expect(codesOf(await as.manager(CUSTOMER, { id: customerB }))).toEqual(['FORBIDDEN']);
      expect(await customerDeals(as.manager, customerA)).toEqual([dealA]);
      const listed = await listedCustomers(as.manager);
      expect(listed).toContain(customerA);
      expect(listed).not.toContain(customerB);
    });

    it('creates records for their team, not for others', async () => {
      const forA = await createCustomer(as.manager, { name: 'For A', ownerId: repA.userId });
      expect(forA.owner).toEqual({ id: repA.userId });
      const forB = await as.manager(CREATE_CUSTOMER, {
        input: { kind: 'PERSON', name: 'For B', ownerId: repB.userId },
      });
      expect(codesOf(forB)).toEqual(['FORBIDDEN']);
    });
  });

  describe('personal data', () => {
    it('is masked for an analyst and shown to the owner and an admin', async () => {
      const masked = await as.analyst(CUSTOMER, { id: customerA });
      expect(masked.errors).toBeUndefined();
      expect(masked.data).toEqual({
        customer: { id: customerA, name: 'A account', email: '••••', phone: '••••' },
      });
      for (const send of [as.repA, as.admin]) {
        const shown = await send(CUSTOMER, { id: customerA });
        expect(shown.data).toEqual({
          customer: { id: customerA, name: 'A account', email: 'buyer@a.example', phone: '+33612345678' },
        });
      }
    });
  });

  describe('an admin', () => {
    it('sees every customer and every deal', async () => {
      for (const id of [dealA, dealB, dealAOnB])
        expect(codesOf(await as.admin(OPPORTUNITY, { id }))).toEqual([]);
      for (const id of [customerA, customerB]) expect(codesOf(await as.admin(CUSTOMER, { id }))).toEqual([]);
      expect((await customerDeals(as.admin, customerB)).sort()).toEqual([dealB, dealAOnB].sort());
      expect(await listedCustomers(as.admin, { ownerId: repA.userId })).toContain(customerA);
    });
  });
});
