import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerListQuery, keysetOrderOf } from '../src/data/customer-list.repository';
import type { CustomerListFilter, CustomerSort } from '../src/domain/customer-list-query';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }`;
const LIST = `query ($first: Int, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {
  customers(first: $first, after: $after, filter: $filter, sort: $sort) {
    edges { node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

type Page = {
  customers: {
    edges: { node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

/** The index names of a plan (EXPLAIN FORMAT JSON), walking every node. */
function indexesOf(plan: Record<string, unknown>): string[] {
  const own = typeof plan['Index Name'] === 'string' ? [plan['Index Name']] : [];
  const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [...own, ...children.flatMap(indexesOf)];
}

/**
 * The plan of one page of `customers`, as the list runs it, with sequential scans priced out: the
 * test tables are tiny, so this asks "can an index serve it", which the bench confirms on 1 M rows.
 */
export async function listPlanIndexes(
  dataSource: DataSource,
  filter: CustomerListFilter,
  sort: CustomerSort,
): Promise<string[]> {
  const order = keysetOrderOf(sort);
  const query = customerListQuery(dataSource, filter);
  order.columns.forEach((column) => query.addOrderBy(column, order.direction));
  const [sql, parameters] = query.limit(21).getQueryAndParameters();
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_seqscan = off');
    const [{ 'QUERY PLAN': plan }] = await manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    return indexesOf(plan[0].Plan);
  });
}

describe('customers: filters, sorts and keyset pages through the gateway', () => {
  let platform: TestPlatform;
  let token: string;
  const ownerId = randomUUID();
  const ids: Record<string, string> = {};
  const send = <T>(query: string, variables: Record<string, unknown> = {}, as = token) =>
    graphqlRequest<T>(platform.gatewayUrl, query, variables, as);
  const sql = (query: string, parameters: unknown[] = []) =>
    platform.subgraphs.customer.dataSource.query(query, parameters);
  const names = async (variables: Record<string, unknown>) => {
    const response = await send<Page>(LIST, { first: 50, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.customers.edges.map((edge) => edge.node.name);
  };
  const mine = (filter: Record<string, unknown> = {}) => ({ ownerId, ...filter });

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
    const rows = [
      { name: 'Delta Freight', kind: 'COMPANY', region: 'EMEA', industry: 'LOGISTICS' },
      { name: 'alpha Retail', kind: 'COMPANY', region: 'NA', industry: 'RETAIL' },
      { name: 'Charlie Person', kind: 'PERSON', region: 'EMEA' },
      { name: 'Bravo Soft', kind: 'COMPANY', region: 'APAC', industry: 'SOFTWARE' },
    ];
    for (const row of rows) {
      const response = await send<{ createCustomer: { id: string } }>(CREATE, { input: { ...row, ownerId } });
      expect(response.errors).toBeUndefined();
      ids[row.name] = response.data!.createCustomer.id;
    }
    await sql(`UPDATE customers SET tier = 'A' WHERE id = $1`, [ids['Bravo Soft']]);
  });
  afterAll(() => platform?.stop());

  it('filters by kind, region, industry and tier, each alone and combined', async () => {
    expect(await names({ filter: mine({ kind: 'PERSON' }) })).toEqual(['Charlie Person']);
    expect(await names({ filter: mine({ region: 'EMEA' }) })).toEqual(['Charlie Person', 'Delta Freight']);
    expect(await names({ filter: mine({ industry: 'RETAIL' }) })).toEqual(['alpha Retail']);
    expect(await names({ filter: mine({ tier: 'A' }) })).toEqual(['Bravo Soft']);
    expect(await names({ filter: mine({ region: 'EMEA', kind: 'COMPANY' }) })).toEqual(['Delta Freight']);
    expect(await names({ filter: mine({ lifecycleStage: 'CHURNED' }) })).toEqual([]);
  });

  it('filters by tag', async () => {
    const tagId = randomUUID();
    await sql(`INSERT INTO tags (id, group_code, name, created_at) VALUES ($1, 'INTEREST', $2, now())`, [
      tagId,
      `List ${tagId.slice(0, 8)}`,
    ]);
    await sql(
      `INSERT INTO customer_tags (customer_id, tag_id, tagged_at) VALUES ($1, $2, now()), ($3, $2, now())`,
      [ids['Delta Freight'], tagId, ids['alpha Retail']],
    );
    expect(await names({ filter: mine({ tagId }), sort: { field: 'NAME', direction: 'ASC' } })).toEqual([
      'Delta Freight',
      'alpha Retail',
    ]);
  });

  it('filters by creation range', async () => {
    const [{ created_at: bravoCreated }] = await sql('SELECT created_at FROM customers WHERE id = $1', [
      ids['Bravo Soft'],
    ]);
    const [{ created_at: alphaCreated }] = await sql('SELECT created_at FROM customers WHERE id = $1', [
      ids['alpha Retail'],
    ]);
    const range = { createdAfter: alphaCreated.toISOString(), createdBefore: bravoCreated.toISOString() };
    expect(await names({ filter: mine(range) })).toEqual(['Charlie Person', 'alpha Retail']);
    const wrong = await send<Page>(LIST, {
      filter: mine({ createdAfter: range.createdBefore, createdBefore: range.createdAfter }),
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.createdBefore',
    });
  });

  it.each([
    [{ field: 'CREATED_AT', direction: 'DESC' }],
    [{ field: 'CREATED_AT', direction: 'ASC' }],
    [{ field: 'NAME', direction: 'ASC' }],
    [{ field: 'NAME', direction: 'DESC' }],
  ])('sorts by %j and pages through every row with keyset cursors', async (sort) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: { data?: Page | null } = await send<Page>(LIST, {
        first: 1,
        after,
        filter: mine(),
        sort,
      });
      const { edges, pageInfo } = response.data!.customers;
      seen.push(...edges.map((edge) => edge.node.name));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    const created = ['Delta Freight', 'alpha Retail', 'Charlie Person', 'Bravo Soft'];
    // Names sort in the database's collation, whatever it is.
    const byName: string[] = (
      await sql('SELECT name FROM unnest($1::text[]) AS name ORDER BY name', [created])
    ).map((row: { name: string }) => row.name);
    const ascending = sort.field === 'NAME' ? byName : created;
    expect(seen).toEqual(sort.direction === 'ASC' ? ascending : [...ascending].reverse());
  });

  it('sorts by last update', async () => {
    await sql(`UPDATE customers SET updated_at = now() + interval '1 minute' WHERE id = $1`, [
      ids['Delta Freight'],
    ]);
    const sort = { field: 'UPDATED_AT', direction: 'DESC' };
    expect((await names({ filter: mine(), sort }))[0]).toBe('Delta Freight');
  });

  it('hides merged customers', async () => {
    const merged = await send<{ createCustomer: { id: string } }>(CREATE, {
      input: { kind: 'PERSON', name: 'Merged Away', ownerId },
    });
    const id = merged.data!.createCustomer.id;
    expect(await names({ filter: mine({ kind: 'PERSON' }) })).toContain('Merged Away');
    await sql('UPDATE customers SET merged_into_id = $1 WHERE id = $2', [ids['Charlie Person'], id]);
    expect(await names({ filter: mine({ kind: 'PERSON' }) })).toEqual(['Charlie Person']);
  });

  it('keeps a rep to their own customers, whatever the owner filter says', async () => {
    const rep = await tokenFor({ ...DEMO_ADMIN, userId: randomUUID(), roles: ['SALES_REP'] });
    const response = await send<Page>(LIST, { filter: mine() }, rep);
    expect(response.data!.customers.edges).toEqual([]);
  });

  it('refuses a malformed tag id or cursor with BAD_USER_INPUT', async () => {
    const tag = await send<Page>(LIST, { filter: { tagId: 'vip' } });
    expect(tag.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.tagId' });
    const cursor = await send<Page>(LIST, { after: 'nope', sort: { field: 'NAME' } });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each([
    [{}, { field: 'CREATED_AT', direction: 'DESC' }, /^customers_created_at_id$/],
    [{ kind: 'COMPANY' }, { field: 'CREATED_AT', direction: 'DESC' }, /^customers_kind_created_at$/],
    [
      { lifecycleStage: 'PROSPECT' },
      { field: 'CREATED_AT', direction: 'DESC' },
      /^customers_lifecycle_created_at$/,
    ],
    [{ tier: 'A' }, { field: 'CREATED_AT', direction: 'DESC' }, /^customers_tier_created_at$/],
    [{ region: 'EMEA' }, { field: 'CREATED_AT', direction: 'ASC' }, /^customers_region_created_at$/],
    [{ industry: 'RETAIL' }, { field: 'CREATED_AT', direction: 'DESC' }, /^customers_industry_created_at$/],
    [
      { ownerIds: [randomUUID()] },
      { field: 'CREATED_AT', direction: 'DESC' },
      /^customers_owner_created_at$/,
    ],
    [
      { createdAfter: new Date('2026-01-01') },
      { field: 'CREATED_AT', direction: 'DESC' },
      /^customers_created_at_id$/,
    ],
    [{ tagId: randomUUID() }, { field: 'CREATED_AT', direction: 'DESC' }, /^customer_tags_(tag|pkey)$/],
    [{}, { field: 'NAME', direction: 'ASC' }, /^customers_name_id$/],
    [{}, { field: 'UPDATED_AT', direction: 'DESC' }, /^customers_updated_at_id$/],
  ] as [CustomerListFilter, CustomerSort, RegExp][])(
    'serves filter %j sorted by %j from an index (EXPLAIN)',
    async (filter, sort, index) => {
      const indexes = await listPlanIndexes(platform.subgraphs.customer.dataSource, filter, sort);
      expect(indexes.some((name) => index.test(name))).toBe(true);
    },
  );
});
