import { DEMO_ADMIN, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { dataOf, gatewayClient, tokenOf } from './profile-test-kit';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const ADD = `mutation ($customerId: ID!, $body: String!) {
  addCustomerNote(customerId: $customerId, body: $body) { id body author { id } createdAt }
}`;
const NOTES = `query ($id: ID!, $first: Int, $after: String) {
  customer(id: $id) { notes(first: $first, after: $after) {
    edges { node { id body author { id } } } pageInfo { hasNextPage endCursor }
  } }
}`;

type Page = {
  customer: {
    notes: {
      edges: { node: { id: string; body: string; author: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
};

describe('customer notes through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  const send = gatewayClient(() => platform);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
  });
  afterAll(() => platform?.stop());

  it('adds notes authored by the caller and pages them newest first', async () => {
    const { createCustomer } = dataOf(
      await send<{ createCustomer: { id: string } }>(admin, CREATE_CUSTOMER, {
        input: { kind: 'COMPANY', name: 'Noted Inc' },
      }),
    );
    for (const body of ['first call', 'sent the quote', '  wants a demo  '])
      dataOf(await send(admin, ADD, { customerId: createCustomer.id, body }));
    const first = dataOf(await send<Page>(admin, NOTES, { id: createCustomer.id, first: 2 })).customer.notes;
    expect(first.edges.map((edge) => edge.node.body)).toEqual(['wants a demo', 'sent the quote']);
    expect(first.edges[0].node.author.id).toBe(DEMO_ADMIN.userId);
    const rest = dataOf(
      await send<Page>(admin, NOTES, { id: createCustomer.id, first: 2, after: first.pageInfo.endCursor }),
    ).customer.notes;
    expect(rest.edges.map((edge) => edge.node.body)).toEqual(['first call']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an empty note and notes on customers outside the caller scope', async () => {
    const { createCustomer } = dataOf(
      await send<{ createCustomer: { id: string } }>(admin, CREATE_CUSTOMER, {
        input: { kind: 'COMPANY', name: 'Quiet Inc' },
      }),
    );
    const empty = await send(admin, ADD, { customerId: createCustomer.id, body: ' ' });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const rep = await tokenOf(['SALES_REP']);
    const foreign = await send(rep, ADD, { customerId: createCustomer.id, body: 'hello' });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
