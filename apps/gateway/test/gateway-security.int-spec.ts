import { SignJWT } from 'jose';
import { loadGatewayConfig } from '@crm/config';
import { queryObserver } from '@crm/db';
import { startGateway } from '../src/start-gateway';
import { signToken, USER_TOKEN } from '@crm/auth';
import { loadIdentitySigningKey } from '@crm/identity';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  type TestPlatform,
} from '@crm/platform-testing';

const SEEN = '{ customersSeen }';
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** customer → opportunities → node → customer … nested `levels` times. */
function deepQuery(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++)
    selection = `customer { opportunities { edges { node { ${selection} } } } }`;
  return `{ opportunity(id: "0194c1d0-0000-7000-8000-000000000001") { ${selection} } }`;
}

describe('gateway security', () => {
  let platform: TestPlatform;
  let token: string;
  const statements: string[] = [];
  // Reads only: event consumers (writes) may run meanwhile, fed by other platforms on the same broker.
  const record = (_schema: string, sql: string) => /^\s*SELECT/i.test(sql) && statements.push(sql);

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
    queryObserver.on('query', record);
  });
  afterAll(async () => {
    queryObserver.off('query', record);
    await platform?.stop();
  });
  beforeEach(() => statements.splice(0));

  it('serves a valid caller', async () => {
    const response = await graphqlRequest(platform.gatewayUrl, SEEN, {}, token);
    expect(response.errors).toBeUndefined();
    expect(statements.length).toBeGreaterThan(0);
  });

  it.each([
    ['no token', async () => null],
    ['a tampered token', async () => `${token.slice(0, -6)}AAAAAA`],
    ['an expired token', async () => signToken(DEMO_ADMIN, await identityKey(), USER_TOKEN, '-1s')],
    [
      'a token for another audience',
      async () => signToken(DEMO_ADMIN, await identityKey(), { ...USER_TOKEN, audience: 'sales' }, '5m'),
    ],
    [
      'an unsigned alg:none token',
      async () =>
        `${encode({ alg: 'none' })}.${encode({ sub: DEMO_ADMIN.userId, roles: ['ADMIN'], ...USER_TOKEN })}.`,
    ],
    [
      'an HS256 token',
      async () =>
        new SignJWT({ roles: ['ADMIN'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(USER_TOKEN.issuer)
          .setAudience(USER_TOKEN.audience)
          .sign(new Uint8Array(32)),
    ],
  ])('refuses %s with UNAUTHENTICATED before any subgraph works', async (_case, makeToken) => {
    const response = await graphqlRequest(platform.gatewayUrl, SEEN, {}, await makeToken());
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(statements).toEqual([]);
  });

  it('refuses a direct subgraph call carrying a user token instead of the internal one', async () => {
    const response = await graphqlRequest(platform.subgraphs.analytics.url, SEEN, {}, token);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await graphqlRequest(
      platform.subgraphs.customer.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { name } } }',
      { r: [{ __typename: 'Customer', id: '0194c1d0-0000-7000-8000-000000000001' }] },
    );
    expect(entities.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['too deep', deepQuery(4)],
    ['alias-heavy', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: customersSeen`).join(' ')} }`],
    [
      'too costly',
      `{ customers(first: 200) { edges { node { ${Array.from({ length: 12 }, (_, i) => `f${i}: opportunities(first: 200) { edges { node { id name stage probability } } }`).join(' ')} } } } }`,
    ],
  ])(
    'refuses a %s query with GRAPHQL_VALIDATION_FAILED before any subgraph is called',
    async (_case, query) => {
      const response = await graphqlRequest(platform.gatewayUrl, query, {}, token);
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(statements).toEqual([]);
    },
  );

  it('hides field suggestions', async () => {
    const response = await graphqlRequest(platform.gatewayUrl, '{ customerSeen }', {}, token);
    expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses an oversized body', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SEEN, variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SEEN }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('answers no introspection in production', async () => {
    const production = await startGateway(
      loadGatewayConfig({ ...platform.gatewayEnv, NODE_ENV: 'production', PORT: '0' }),
    );
    try {
      const response = await graphqlRequest(production.url, '{ __schema { types { name } } }', {}, token);
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.data ?? null).toBeNull();
    } finally {
      await production.stop();
    }
  });

  it('ignores identity headers a client sends', async () => {
    const readOnly = await tokenFor({ ...DEMO_ADMIN, roles: ['READ_ONLY'] });
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${readOnly}`,
        'x-user-id': DEMO_ADMIN.userId,
        'x-roles': 'ADMIN',
      },
      body: JSON.stringify({
        query: 'mutation { createCustomer(input: {kind: COMPANY, name: "Header trick"}) { id } }',
      }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

function identityKey() {
  return loadIdentitySigningKey();
}
