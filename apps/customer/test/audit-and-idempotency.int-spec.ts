import { randomUUID } from 'node:crypto';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }`;
const TRAIL = `query ($id: ID!) {
  auditTrail(entityType: "Customer", entityId: $id) {
    edges { node { action actor { id } changes { field before after } } }
  }
}`;

type Created = { createCustomer: { id: string; name: string } };
type Trail = {
  auditTrail: {
    edges: {
      node: {
        action: string;
        actor: { id: string };
        changes: { field: string; before: string | null; after: string | null }[];
      };
    }[];
  };
};

describe('audit trail and idempotency keys', () => {
  let platform: TestPlatform;
  let admin: string;
  const count = async () =>
    Number((await platform.subgraphs.customer.dataSource.query('SELECT count(*) AS n FROM customers'))[0].n);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await tokenFor();
  });
  afterAll(() => platform?.stop());

  it('records who created a customer and every field, readable by admins only', async () => {
    const created = await graphqlRequest<Created>(
      platform.gatewayUrl,
      CREATE,
      { input: { kind: 'COMPANY', name: 'Audited Ltd' } },
      admin,
    );
    const id = created.data!.createCustomer.id;
    const trail = await waitFor(async () => {
      const response = await graphqlRequest<Trail>(platform.gatewayUrl, TRAIL, { id }, admin);
      expect(response.data?.auditTrail.edges).toHaveLength(1);
      return response.data!.auditTrail.edges[0].node;
    });
    expect(trail.action).toBe('createCustomer');
    expect(trail.actor.id).toBe(DEMO_ADMIN.userId);
    expect(trail.changes).toContainEqual({ field: 'name', before: null, after: '"Audited Ltd"' });

    const rep = await tokenFor({ ...DEMO_ADMIN, userId: randomUUID(), roles: ['SALES_REP'] });
    const refused = await graphqlRequest(platform.gatewayUrl, TRAIL, { id }, rep);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates once per idempotency key and refuses the key with other input', async () => {
    const key = randomUUID();
    const input = { kind: 'PERSON', name: 'Retry Ruth', idempotencyKey: key };
    const before = await count();
    const first = await graphqlRequest<Created>(platform.gatewayUrl, CREATE, { input }, admin);
    const retry = await graphqlRequest<Created>(platform.gatewayUrl, CREATE, { input }, admin);
    expect(retry.data?.createCustomer.id).toBe(first.data?.createCustomer.id);
    expect(await count()).toBe(before + 1);

    const changed = await graphqlRequest(
      platform.gatewayUrl,
      CREATE,
      { input: { ...input, name: 'Someone else' } },
      admin,
    );
    expect(changed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
    expect(await count()).toBe(before + 1);
  });

  it('creates once when two retries race', async () => {
    const input = { kind: 'PERSON', name: 'Racing Rita', idempotencyKey: randomUUID() };
    const before = await count();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => graphqlRequest<Created>(platform.gatewayUrl, CREATE, { input }, admin)),
    );
    expect(new Set(results.map((result) => result.data?.createCustomer.id)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });
});
