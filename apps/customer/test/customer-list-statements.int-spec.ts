import { randomUUID } from 'node:crypto';
import {
  graphqlRequest,
  listStatementCounts,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';

const IMPORT = `mutation ($input: ImportCustomersInput!) { importCustomers(input: $input) { created } }`;
const LIST = `query ($filter: CustomerFilter, $first: Int, $after: String) {
  customers(filter: $filter, first: $first, after: $after) {
    edges { node { id name tags { id name } consents { channel } contacts(first: 3) { edges { node { id } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Page = { customers: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('customers list: SQL statements per request', () => {
  let platform: TestPlatform;
  let admin: string;
  const ownerId = randomUUID();

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    const rows = Array.from({ length: 1_000 }, (_, i) => ({ kind: 'COMPANY', name: `Listed ${i}`, ownerId }));
    const imported = await graphqlRequest<{ importCustomers: { created: number } }>(
      platform.gatewayUrl,
      IMPORT,
      { input: { rows } },
      admin,
    );
    expect(imported.data?.importCustomers.created).toBe(1_000);
  });
  afterAll(() => platform?.stop());

  it('runs as many statements for a page of 10 as for 100 and for each page of 1 000 customers', async () => {
    const counts = await listStatementCounts(
      ['customer'],
      async (first, after) => {
        const response = await graphqlRequest<Page>(
          platform.gatewayUrl,
          LIST,
          { filter: { ownerId }, first, after },
          admin,
        );
        expect(response.errors).toBeUndefined();
        return response.data!.customers;
      },
      () => graphqlRequest(platform.gatewayUrl, '{ __typename }', {}, admin),
    );
    expect(counts.read).toBe(1_000);
    expect(counts.ten).toBeGreaterThan(0);
    expect(counts).toEqual({
      ...counts,
      hundred: counts.ten,
      thousand: counts.thousand.map(() => counts.ten),
    });
  });
});
