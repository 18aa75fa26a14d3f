import { randomUUID } from 'node:crypto';
import { graphqlRequest, waitFor } from '@crm/platform-testing';

/** One query the gateway bench sends to every peer. */
export interface PeerQuery {
  name: string;
  body: string;
  /** Only a query one subgraph answers alone can also go straight to it (peer D). */
  directSubgraph?: 'customer';
}

const CONTACTS = 3;
const DEALS_360 = 10;
const TICKETS = 3;
const LIST_CUSTOMERS = 50;
const DEALS_PER_LISTED_CUSTOMER = 5;
const PARALLEL_WRITES = 8;

const CUSTOMER_360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id name kind lifecycleStage
    contacts(first: 20) { edges { node { id firstName lastName email primary } } }
    opportunities(first: 10) { edges { node { id name stage probability amount { amount currency } } } }
    tickets(first: 10) { edges { node { id subject status priority } } }
    metrics { openOpportunities openPipeline { amount currency } churnRisk { score atRisk } }
    timeline(first: 20) { edges { node { id kind title summary } } }
  }
}`;

const CUSTOMER_LIST = `query CustomerList($ownerId: ID!) {
  customers(first: 50, filter: { ownerId: $ownerId }) {
    edges { node {
      id name kind
      opportunities(first: 5) { edges { node { id name stage amount { amount currency } } } }
      metrics { openOpportunities openPipeline { amount currency } }
    } }
  }
}`;

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function senderTo(gatewayUrl: string, token: string): Send {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await graphqlRequest<T>(gatewayUrl, query, variables, token);
    if (response.errors) throw new Error(`bench fixture: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };
}

async function inBatches<T>(items: T[], write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL_WRITES) {
    await Promise.all(items.slice(i, i + PARALLEL_WRITES).map(write));
  }
}

async function createCustomer(send: Send, name: string, ownerId?: string): Promise<string> {
  const { createCustomer } = await send<{ createCustomer: { id: string } }>(
    `mutation ($name: String!, $ownerId: ID) { createCustomer(input: { kind: COMPANY, name: $name, ownerId: $ownerId }) { id } }`,
    { name, ownerId },
  );
  return createCustomer.id;
}

/** Sales and service learn customers from events: the first write for a new customer may wait. */
async function createDeals(send: Send, customerId: string, count: number): Promise<void> {
  const deals = Array.from({ length: count }, (_, i) => i);
  await inBatches(deals, (i) =>
    waitFor(() =>
      send(
        `mutation ($customerId: ID!, $name: String!, $amount: String!) {
          createOpportunity(input: { customerId: $customerId, name: $name, amount: $amount, currency: "EUR" }) { id }
        }`,
        { customerId, name: `Bench deal ${i + 1}`, amount: String(1000 * (i + 1)) },
      ),
    ),
  );
}

async function createCustomer360(send: Send): Promise<string> {
  const id = await createCustomer(send, 'Bench 360');
  for (let i = 0; i < CONTACTS; i++) {
    await send(
      `mutation ($id: ID!, $first: String!) { createContact(input: { customerId: $id, firstName: $first, lastName: "Bench", email: "bench@example.com", primary: false }) { id } }`,
      { id, first: `Contact${i + 1}` },
    );
  }
  await createDeals(send, id, DEALS_360);
  for (let i = 0; i < TICKETS; i++) {
    await waitFor(() =>
      send(`mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`, {
        input: { customerId: id, subject: `Bench ticket ${i + 1}` },
      }),
    );
  }
  return id;
}

/** 50 customers of one new owner (so the list filter finds exactly them), 5 deals each. */
async function createListedCustomers(send: Send): Promise<string> {
  const { createUser } = await send<{ createUser: { id: string } }>(
    `mutation ($email: String!) { createUser(input: { name: "Bench owner", email: $email, roles: ["SALES_REP"] }) { id } }`,
    { email: `bench-${randomUUID()}@example.com` },
  );
  const names = Array.from({ length: LIST_CUSTOMERS }, (_, i) => `Bench listed ${i + 1}`);
  const ids: string[] = [];
  await inBatches(names, async (name) =>
    ids.push(await waitFor(() => createCustomer(send, name, createUser.id))),
  );
  await inBatches(ids, (id) => createDeals(send, id, DEALS_PER_LISTED_CUSTOMER));
  return createUser.id;
}

/**
 * Writes the bench's customers through the gateway and returns the three queries: one
 * subgraph alone, a customer-360 that touches five subgraphs, and a list of 50 with entities
 * from two more. Waits until the analytics read model shows the deals, so every peer reads
 * the same settled data.
 */
export async function gatewayPeerQueries(gatewayUrl: string, token: string): Promise<PeerQuery[]> {
  const send = senderTo(gatewayUrl, token);
  console.log(`writing the gateway bench's customers, deals, contacts and tickets…`);
  const customer360 = await createCustomer360(send);
  const ownerId = await createListedCustomers(send);
  await waitFor(
    async () => {
      const { customer } = await send<{ customer: { metrics: { openOpportunities: number } | null } }>(
        `query ($id: ID!) { customer(id: $id) { metrics { openOpportunities } } }`,
        { id: customer360 },
      );
      if (customer.metrics?.openOpportunities !== DEALS_360) throw new Error('analytics has not caught up');
    },
    { timeoutMs: 60_000 },
  );
  const single = JSON.stringify({
    query: 'query ($id: ID!) { customer(id: $id) { id name kind } }',
    variables: { id: customer360 },
  });
  return [
    { name: 'customer(id){id name kind}', body: single, directSubgraph: 'customer' },
    { name: 'customer-360', body: JSON.stringify({ query: CUSTOMER_360, variables: { id: customer360 } }) },
    {
      name: '50 customers × 5 deals + metrics',
      body: JSON.stringify({ query: CUSTOMER_LIST, variables: { ownerId } }),
    },
  ];
}
