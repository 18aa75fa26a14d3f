import { SignJWT } from 'jose';
import { DEMO_ADMIN, USER_TOKEN } from '@crm/auth';
import { loadIdentitySigningKey } from '@crm/identity';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';

type ErrorBody = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

const ORDER_ID = '0194c1d0-0000-7000-8000-000000000001';
const TAMPERED = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');

describe('client errors at the gateway', () => {
  let platform: TestPlatform;
  let token: string;

  const post = async (body: string, headers: Record<string, string> = {}, url = platform.gatewayUrl) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body,
    });
    const text = await response.text();
    return { response, text, body: JSON.parse(text) as ErrorBody };
  };
  /**
   * Posts an operation the gateway must refuse itself, before planning: the whole answer is a 400
   * and no error names a subgraph (`serviceName`), as every error coming back from one does.
   */
  const refusedByGateway = async (query: string, variables: Record<string, unknown> = {}) => {
    const { response, body } = await post(JSON.stringify({ query, variables }));
    expect(response.status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.every((error) => error.extensions?.serviceName === undefined)).toBe(true);
    return body;
  };
  const send = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(platform.gatewayUrl, query, variables, token);

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
  });
  afterAll(async () => {
    await platform?.stop();
  });

  describe('parse errors', () => {
    it('answers a document that does not parse with 400 GRAPHQL_PARSE_FAILED', async () => {
      const { response, body } = await post(JSON.stringify({ query: '{' }));
      expect(response.status).toBe(400);
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers a document over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
      const query = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
      const { response, body } = await post(JSON.stringify({ query }));
      expect(response.status).toBe(400);
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(body.errors?.[0].message).toMatch(/tokens/);
    });
  });

  describe('impossible dates', () => {
    it.each([
      ['as a literal', '{ opportunities(filter: { closingAfter: "2026-02-30" }) { edges { cursor } } }', {}],
      [
        'in a variable',
        'query ($f: OpportunityFilter) { opportunities(filter: $f) { edges { cursor } } }',
        { f: { closingAfter: '2026-02-30' } },
      ],
    ])(
      'refuses a filter date %s as BAD_USER_INPUT on its field, before any subgraph',
      async (_how, query, vars) => {
        const response = await refusedByGateway(query, vars);
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'filter.closingAfter',
        });
      },
    );

    it('refuses an impossible date-time in a mutation input', async () => {
      const response = await refusedByGateway(
        `mutation ($at: DateTime!) { recordPayment(input: { orderId: "${ORDER_ID}", amount: "1.00", currency: "EUR", receivedAt: $at }) { id } }`,
        { at: '2026-02-30T10:00:00Z' },
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.receivedAt',
      });
    });
  });

  describe('tampered cursors', () => {
    it.each([
      'customers(first: 1, after: $after) { edges { cursor } }',
      'opportunities(first: 1, after: $after) { edges { cursor } }',
      'products(first: 1, after: $after) { edges { cursor } }',
      'users(first: 1, after: $after) { edges { cursor } }',
      'searchCustomers(query: "acme", first: 1, after: $after) { edges { cursor } }',
    ])('refuses %s with BAD_USER_INPUT on after', async (field) => {
      const response = await send(`query ($after: String) { ${field} }`, { after: TAMPERED });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('NUL characters', () => {
    it.each([
      ['a list filter', '{ customers(filter: { region: "\\u0000" }) { edges { cursor } } }', 'filter.region'],
      ['a search', '{ searchCustomers(query: "a\\u0000") { edges { cursor } } }', 'query'],
      ['a product search', '{ products(search: "\\u0000") { edges { cursor } } }', 'search'],
      [
        'the audit trail',
        `{ auditTrail(entityType: "\\u0000", entityId: "${ORDER_ID}") { edges { cursor } } }`,
        'entityType',
      ],
      [
        'a mutation input',
        'mutation { createCustomer(input: { kind: COMPANY, name: "Acme\\u0000" }) { id } }',
        'input.name',
      ],
    ])('in %s are BAD_USER_INPUT on the field, before any subgraph', async (_where, query, field) => {
      const response = await refusedByGateway(query);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('in variables too, each invalid field reported at once', async () => {
      const response = await refusedByGateway(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: { kind: 'COMPANY', name: 'Acme\u0000', website: '\u0000' },
        },
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        fields: [
          expect.objectContaining({ field: 'input.name' }),
          expect.objectContaining({ field: 'input.website' }),
        ],
      });
    });
  });

  describe('bodies Express cannot read', () => {
    it.each(['gateway', 'customer'] as const)(
      '%s answers malformed JSON with a JSON error and no stack',
      async (target) => {
        const url = target === 'gateway' ? platform.gatewayUrl : platform.subgraphs.customer.url;
        const { response, text, body } = await post('{"query": ', {}, url);
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/application\/json/);
        expect(response.headers.get('x-powered-by')).toBeNull();
        expect(body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
        expect(text).not.toMatch(/node_modules|at \w+ \(|\/work\//);
      },
    );

    it('answers a body over the limit with 413 as a JSON error', async () => {
      const { response, text, body } = await post(
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
      );
      expect(response.status).toBe(413);
      expect(body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(text).not.toMatch(/node_modules|<html/i);
    });

    it('sends no X-Powered-By on GraphQL answers', async () => {
      const { response } = await post(JSON.stringify({ query: '{ __typename }' }));
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('401 responses', () => {
    it('challenge for a bearer token (RFC 6750) when none was sent', async () => {
      const { response } = await post(JSON.stringify({ query: '{ __typename }' }), { authorization: '' });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(response.headers.get('www-authenticate')).not.toMatch(/invalid_token/);
    });

    it('say invalid_token when the token sent was refused', async () => {
      const { response } = await post(JSON.stringify({ query: '{ __typename }' }), {
        authorization: `Bearer ${token.slice(0, -6)}AAAAAA`,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
    });

    it('refuse an identity-signed token without an expiry', async () => {
      const key = await loadIdentitySigningKey();
      const forever = await new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid })
        .setSubject(DEMO_ADMIN.userId)
        .setIssuer(USER_TOKEN.issuer)
        .setAudience(USER_TOKEN.audience)
        .setIssuedAt()
        .sign(key.privateKey);
      const response = await graphqlRequest(platform.gatewayUrl, '{ __typename }', {}, forever);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  it("writes money with its currency's minor units, in the API and in events", async () => {
    const created = await send<{ createCustomer: { id: string } }>(
      'mutation { createCustomer(input: { kind: COMPANY, name: "Scale GmbH" }) { id } }',
    );
    const customerId = created.data!.createCustomer.id;
    const open = (amount: string, currency: string) =>
      waitFor(async () => {
        const response = await send<{ createOpportunity: { id: string; amount: { amount: string } } }>(
          'mutation ($c: ID!, $a: String!, $cur: String!) { createOpportunity(input: { customerId: $c, name: "Scale", amount: $a, currency: $cur }) { id amount { amount } } }',
          { c: customerId, a: amount, cur: currency },
        );
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        return response.data!.createOpportunity;
      });
    const eur = await open('12500.00', 'EUR');
    expect(eur.amount.amount).toBe('12500.00');
    expect((await open('12500', 'JPY')).amount.amount).toBe('12500');
    expect((await open('1.25', 'BHD')).amount.amount).toBe('1.250');
    const [event] = await platform.subgraphs.sales.dataSource.query(
      `SELECT payload->'data'->>'amount' AS amount FROM outbox WHERE event_type = 'crm.sales.opportunity.created' AND message_key = $1`,
      [eur.id],
    );
    expect(event.amount).toBe('12500.00');
  });

  it('counts page sizes given as variables and their defaults in the cost limit', async () => {
    const query = `query ($n: Int = 200) { customers(first: $n) { edges { node {
      ${Array.from({ length: 12 }, (_, i) => `f${i}: opportunities(first: $n) { edges { node { id name } } }`).join(' ')}
    } } } }`;
    const byDefault = await refusedByGateway(query);
    const byValue = await refusedByGateway(query.replace('= 200', ''), { n: 200 });
    for (const response of [byDefault, byValue]) {
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0].message).toMatch(/cost/i);
    }
  });
});
