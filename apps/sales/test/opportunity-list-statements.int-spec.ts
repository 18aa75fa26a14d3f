import {
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  listStatementCounts,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerKnownToSales } from './support/sales-fixtures';

const LIST = `query ($filter: OpportunityFilter, $first: Int, $after: String) {
  opportunities(filter: $filter, first: $first, after: $after) {
    edges { node { id name amount { amount currency } stageHistory { toStage } customer { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** The gateway allows 15 aliases per operation. */
const PER_REQUEST = 15;

type Page = {
  opportunities: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

describe('opportunities list: SQL statements per request', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('runs as many statements (sales and customer) for 10 deals as for 100 and for each page of 1 000', async () => {
    const rep = person(['SALES_REP']);
    const send = sender(platform.gatewayUrl, await tokenFor(rep));
    const customerId = await customerKnownToSales(platform, send, rep.userId);
    for (let made = 0; made < 1_000; made += PER_REQUEST) {
      const aliases = Array.from(
        { length: Math.min(PER_REQUEST, 1_000 - made) },
        (_, i) =>
          `d${i}: createOpportunity(input: { customerId: $customerId, name: "Deal ${made + i}", amount: "1", currency: "EUR" }) { id }`,
      );
      await ok(send(`mutation ($customerId: ID!) { ${aliases.join(' ')} }`, { customerId }));
    }
    const counts = await listStatementCounts(
      ['sales', 'customer'],
      async (first, after) =>
        (await ok(send<Page>(LIST, { filter: { customerId }, first, after }))).opportunities,
      () => send('{ __typename }'),
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
