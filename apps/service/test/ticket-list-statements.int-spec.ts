import {
  graphqlRequest,
  listStatementCounts,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { createCustomer, createSupportDesk } from './support/support-desk';

const LIST = `query ($filter: TicketFilter, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    edges { node { id subject status queue { id } customer { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** Opening a ticket assigns it and starts its SLA clocks: a few per request keep each well under the gateway's timeout. */
const PER_REQUEST = 5;

type Page = { tickets: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('tickets list: SQL statements per request', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('runs as many statements (service and customer) for 10 tickets as for 100 and for each page of 1 000', async () => {
    const admin = await tokenFor();
    const desk = await createSupportDesk(platform, admin, 1);
    const customerId = await createCustomer(platform, admin, 'Ticket Lister AG');
    const send = <T>(query: string, variables: Record<string, unknown>) =>
      graphqlRequest<T>(platform.gatewayUrl, query, variables, desk.manager);
    for (let made = 0; made < 1_000; made += PER_REQUEST) {
      const aliases = Array.from(
        { length: Math.min(PER_REQUEST, 1_000 - made) },
        (_, i) =>
          `t${i}: openTicket(input: { customerId: $customerId, queueId: $queueId, subject: "Ticket ${made + i}" }) { id }`,
      );
      const opened = await send(`mutation ($customerId: ID!, $queueId: ID!) { ${aliases.join(' ')} }`, {
        customerId,
        queueId: desk.queueId,
      });
      expect(opened.errors).toBeUndefined();
    }
    const counts = await listStatementCounts(
      ['service', 'customer'],
      async (first, after) => {
        const response = await send<Page>(LIST, { filter: { customerId }, first, after });
        expect(response.errors).toBeUndefined();
        return response.data!.tickets;
      },
      () => send('{ __typename }', {}),
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
