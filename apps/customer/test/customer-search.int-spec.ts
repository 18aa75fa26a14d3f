import { randomUUID } from 'node:crypto';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerSearchQuery } from '../src/data/customer-search.repository';
import { parseCustomerSearchQuery } from '../src/domain/customer-search-query';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const SEARCH = `query ($query: String!, $first: Int, $after: String) {
  searchCustomers(query: $query, first: $first, after: $after) {
    edges { cursor score node { id name email phone } } pageInfo { hasNextPage endCursor }
  }
}`;

type Search = {
  searchCustomers: {
    edges: { cursor: string; score: number; node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

function indexesOf(plan: Record<string, unknown>): string[] {
  const own = typeof plan['Index Name'] === 'string' ? [plan['Index Name']] : [];
  return [...own, ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(indexesOf)];
}

describe('searchCustomers through the gateway', () => {
  let platform: TestPlatform;
  let admin: string;
  let rep: string;
  const repId = randomUUID();
  // A made-up word, so other test files' customers never match.
  const word = `Quorvex${randomUUID().slice(0, 4).replace(/\d/g, 'x')}`;
  const ids: Record<string, string> = {};
  const search = async (query: string, token = rep, page: { first?: number; after?: string } = {}) =>
    graphqlRequest<Search>(platform.gatewayUrl, SEARCH, { query, ...page }, token);
  const namesFound = async (query: string, token = rep) => {
    const response = await search(query, token);
    expect(response.errors).toBeUndefined();
    return response.data!.searchCustomers.edges.map((edge) => edge.node.name);
  };

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
    rep = await tokenFor({ ...DEMO_ADMIN, userId: repId, roles: ['SALES_REP'] });
    const customers = [
      { name: `${word} Analytics`, email: `hello@${word.toLowerCase()}.example`, phone: '+33612345678' },
      {
        name: `${word} Analytic Labs`,
        email: `hello.labs@${word.toLowerCase()}.example`,
        phone: '+33612349999',
      },
      { name: 'Unrelated Bakery', email: `bread-${word.toLowerCase()}@bakery.example`, phone: '+4930123456' },
    ];
    for (const customer of customers) {
      const response = await graphqlRequest<{ createCustomer: { id: string } }>(
        platform.gatewayUrl,
        CREATE,
        { input: { kind: 'COMPANY', ownerId: repId, ...customer } },
        admin,
      );
      expect(response.errors).toBeUndefined();
      ids[customer.name] = response.data!.createCustomer.id;
    }
  });
  afterAll(() => platform?.stop());

  it('finds names fuzzily, misspelt or in part, best match first', async () => {
    expect(await namesFound(`${word} Analytics`)).toEqual([`${word} Analytics`, `${word} Analytic Labs`]);
    expect(await namesFound(`${word.slice(0, -1)} analytik`)).toContain(`${word} Analytics`);
    expect(await namesFound('Unrelatd Bakery')).toEqual(['Unrelated Bakery']);
  });

  it('finds emails by prefix, case-insensitively, an exact address ranking first', async () => {
    const exact = await search(`HELLO@${word}.example`);
    expect(exact.data!.searchCustomers.edges.map((e) => [e.node.name, e.score])).toEqual([
      [`${word} Analytics`, 1],
    ]);
    const prefix = await search(`hello`);
    const found = prefix.data!.searchCustomers.edges.filter((e) => e.node.name.startsWith(word));
    expect(found.map((e) => e.score)).toEqual([0.9, 0.9]);
  });

  it('finds phones by the prefix of their E.164 digits, whatever the spacing', async () => {
    expect((await namesFound('+33 6 12 34')).sort()).toEqual(
      [`${word} Analytic Labs`, `${word} Analytics`].sort(),
    );
    expect(await namesFound('0049 30 123')).toEqual(['Unrelated Bakery']);
    const exact = await search('+33 6 12 34 56 78');
    expect(exact.data!.searchCustomers.edges[0]).toMatchObject({
      score: 1,
      node: { name: `${word} Analytics` },
    });
  });

  it('pages through the hits with keyset cursors, in score order, each once', async () => {
    const all = (await search(word, rep, { first: 50 })).data!.searchCustomers.edges;
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = (await search(word, rep, { first: 1, after })).data!.searchCustomers;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.map((edge) => edge.node.id));
    expect(new Set(seen).size).toBe(seen.length);
    const scores = all.map((edge) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("shows a rep only their own customers; an admin everyone's", async () => {
    const other = await tokenFor({ ...DEMO_ADMIN, userId: randomUUID(), roles: ['SALES_REP'] });
    expect(await namesFound(`${word} Analytics`, other)).toEqual([]);
    expect(await namesFound(`${word} Analytics`, admin)).toContain(`${word} Analytics`);
  });

  it('hides merged customers', async () => {
    await platform.subgraphs.customer.dataSource.query(
      'UPDATE customers SET merged_into_id = $1 WHERE id = $2',
      [ids[`${word} Analytics`], ids[`${word} Analytic Labs`]],
    );
    expect(await namesFound(`${word} Analytics`)).toEqual([`${word} Analytics`]);
  });

  it('refuses a too short query or a foreign cursor with BAD_USER_INPUT', async () => {
    const short = await search(' ab ');
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const cursor = await search(word, rep, { after: Buffer.from('["x","y"]').toString('base64url') });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('serves names, emails and phones from their indexes (EXPLAIN)', async () => {
    const dataSource = platform.subgraphs.customer.dataSource;
    const [sql, parameters] = customerSearchQuery(
      dataSource,
      parseCustomerSearchQuery('+33612'),
      null,
      {},
    ).getQueryAndParameters();
    const [sqlText, textParameters] = customerSearchQuery(
      dataSource,
      parseCustomerSearchQuery('hello'),
      [repId],
      {},
    ).getQueryAndParameters();
    const indexes = await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const plans = [
        await manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters),
        await manager.query(`EXPLAIN (FORMAT JSON) ${sqlText}`, textParameters),
      ];
      return plans.flatMap(([{ 'QUERY PLAN': plan }]) => indexesOf(plan[0].Plan));
    });
    expect(indexes).toEqual(
      expect.arrayContaining(['customers_name_trgm', 'customers_phone_prefix', 'customers_email_prefix']),
    );
  });
});
