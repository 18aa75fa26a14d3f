import { randomUUID } from 'node:crypto';
import { loadGatewayConfig } from '@crm/config';
import {
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type GraphQLResponse,
  type TestPlatform,
} from '@crm/platform-testing';
import { startGateway, type RunningGateway } from '../src/start-gateway';
import { ACCOUNT_LOCKOUT, CLIENT_ADDRESS_LOCKOUT, clientAddressAuditId } from '@crm/identity';

const PASSWORD = 'correct-horse-battery';
const WRONG = 'not-the-password-at-all';
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id name createdAt } }`;
const ASSIGN = `mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id team { id } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const TRAIL = `query ($type: String!, $id: ID!) {
  auditTrail(entityType: $type, entityId: $id) { edges { node { action changes { field before after } } } }
}`;

interface HttpAnswer {
  status: number;
  retryAfter: string | null;
  body: GraphQLResponse<{ login: { accessToken: string } }>;
}

describe('identity security (issue 10)', () => {
  let platform: TestPlatform;
  let adminToken: string;
  let probe: EventProbe;
  const run = randomUUID().slice(0, 8);
  const emailOf = (name: string) => `${name}.${run}@security.test`;
  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(platform.gatewayUrl, query, variables, adminToken);
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

  /** A signed-out client's login, with the HTTP status and Retry-After header it got. */
  async function login(
    email: string,
    password: string,
    { url = platform.gatewayUrl, forwardedFor }: { url?: string; forwardedFor?: string } = {},
  ): Promise<HttpAnswer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as HttpAnswer['body'],
    };
  }

  async function createUser(name: string, roles = ['SALES_REP']) {
    const response = await asAdmin(CREATE_USER, {
      input: { name, email: emailOf(name), roles, password: PASSWORD },
    });
    expect(response.errors).toBeUndefined();
    return (response.data as { createUser: { id: string; email: string } }).createUser;
  }

  const auditActions = (type: string, id: string) =>
    asAdmin(TRAIL, { type, id }).then(
      (response) =>
        (
          response.data as { auditTrail: { edges: { node: { action: string } }[] } } | undefined
        )?.auditTrail.edges.map((edge) => edge.node.action) ?? [],
    );

  beforeAll(async () => {
    platform = await startPlatform();
    adminToken = await tokenFor();
    probe = await EventProbe.start(['crm.identity.user.v1', 'crm.identity.team.v1']);
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('refuses an empty team id as BAD_USER_INPUT and leaves the user in their team', async () => {
    const manager = await createUser('mona', ['SALES_MANAGER']);
    const member = await createUser('nils');
    const created = await asAdmin(CREATE_TEAM, { input: { name: `North ${run}`, managerId: manager.id } });
    const team = (created.data as { createTeam: { id: string } }).createTeam;
    expect((await asAdmin(ASSIGN, { userId: member.id, teamId: team.id })).errors).toBeUndefined();

    const empty = await asAdmin(ASSIGN, { userId: member.id, teamId: '' });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    const read = await asAdmin('query ($id: ID!) { user(id: $id) { team { id } } }', { id: member.id });
    expect(read.data).toEqual({ user: { team: { id: team.id } } });
  });

  it('locks an account after repeated wrong passwords: even the right one then gets 429 with Retry-After', async () => {
    const olga = await createUser('olga');
    const answers: HttpAnswer[] = [];
    for (let attempt = 0; attempt < 30; attempt++) answers.push(await login(olga.email, WRONG));
    expect(answers.slice(0, ACCOUNT_LOCKOUT.failures).map((answer) => codeOf(answer.body))).toEqual(
      Array(ACCOUNT_LOCKOUT.failures).fill('UNAUTHENTICATED'),
    );
    expect(answers.slice(ACCOUNT_LOCKOUT.failures).map((answer) => answer.status)).toEqual(
      Array(30 - ACCOUNT_LOCKOUT.failures).fill(429),
    );

    const right = await login(olga.email, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.body.data ?? null).toBeNull();
    expect(right.body.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: Number(right.retryAfter),
    });
    expect(Number(right.retryAfter)).toBeGreaterThan(0);
    expect(Number(right.retryAfter)).toBeLessThanOrEqual(ACCOUNT_LOCKOUT.lockSeconds);

    // Another account from the same address is not affected.
    const pia = await createUser('pia');
    expect((await login(pia.email, PASSWORD)).status).toBe(200);
    // The lockout is in the user's audit trail, once.
    await waitFor(async () =>
      expect(await auditActions('User', olga.id)).toEqual(['lockOutLogin', 'createUser']),
    );
  });

  it('forgives wrong passwords once the right one got through', async () => {
    const quinn = await createUser('quinn');
    for (let round = 0; round < 2; round++) {
      for (let attempt = 1; attempt < ACCOUNT_LOCKOUT.failures; attempt++)
        expect(codeOf((await login(quinn.email, WRONG)).body)).toBe('UNAUTHENTICATED');
      expect((await login(quinn.email, PASSWORD)).body.errors).toBeUndefined();
    }
  });

  it('locks a client address after failures across accounts; X-Forwarded-For counts only behind a configured proxy', async () => {
    const behindProxy: RunningGateway = await startGateway(
      loadGatewayConfig({ ...platform.gatewayEnv, PORT: '0', TRUST_PROXY: 'loopback' }),
    );
    try {
      const attacker = '203.0.113.7';
      for (let attempt = 0; attempt < CLIENT_ADDRESS_LOCKOUT.failures; attempt++) {
        const answer = await login(emailOf(`nobody-${attempt}`), WRONG, {
          url: behindProxy.url,
          forwardedFor: attacker,
        });
        expect(codeOf(answer.body)).toBe('UNAUTHENTICATED');
      }
      const rosa = await createUser('rosa');
      const locked = await login(rosa.email, PASSWORD, { url: behindProxy.url, forwardedFor: attacker });
      expect(locked.status).toBe(429);
      expect(codeOf(locked.body)).toBe('RATE_LIMITED');
      expect(Number(locked.retryAfter)).toBeGreaterThan(ACCOUNT_LOCKOUT.lockSeconds);

      // Another client behind the same proxy, and the same header sent straight to a gateway that
      // trusts no proxy (it counts the socket's address), still log in.
      const neighbour = await login(rosa.email, PASSWORD, {
        url: behindProxy.url,
        forwardedFor: '203.0.113.8',
      });
      expect(neighbour.status).toBe(200);
      const spoofed = await login(rosa.email, PASSWORD, { forwardedFor: attacker });
      expect(spoofed.status).toBe(200);
      expect(spoofed.body.errors).toBeUndefined();

      await waitFor(async () =>
        expect(await auditActions('ClientAddress', clientAddressAuditId(attacker))).toEqual(['lockOutLogin']),
      );
    } finally {
      await behindProxy.stop();
    }
  });

  it("refuses a deactivated user's access token within seconds, also at a gateway started afterwards", async () => {
    const sven = await createUser('sven');
    const { accessToken } = (await login(sven.email, PASSWORD)).body.data!.login;
    const me = (url: string) => graphqlRequest(url, '{ me { id } }', {}, accessToken);
    expect((await me(platform.gatewayUrl)).data).toEqual({ me: { id: sven.id } });

    const deactivated = await asAdmin('mutation ($id: ID!) { deactivateUser(id: $id) { active } }', {
      id: sven.id,
    });
    expect(deactivated.errors).toBeUndefined();
    await waitFor(async () => expect(codeOf(await me(platform.gatewayUrl))).toBe('UNAUTHENTICATED'));

    const restarted = await startGateway(loadGatewayConfig({ ...platform.gatewayEnv, PORT: '0' }));
    try {
      expect(codeOf(await me(restarted.url))).toBe('UNAUTHENTICATED');
    } finally {
      await restarted.stop();
    }
    const events = probe.messages
      .filter((message) => message.key === sven.id)
      .map((m) => JSON.parse(m.value));
    expect(events.map((event) => event.type)).toContain('crm.identity.user.deactivated');
  });

  it('publishes team.created and user.team_assigned (null when the user leaves the team)', async () => {
    const tara = await createUser('tara', ['SUPPORT_MANAGER']);
    const uma = await createUser('uma', ['SUPPORT_AGENT']);
    const created = await asAdmin(CREATE_TEAM, { input: { name: `Support ${run}`, managerId: tara.id } });
    const team = (created.data as { createTeam: { id: string; name: string; createdAt: string } }).createTeam;
    await asAdmin(ASSIGN, { userId: uma.id, teamId: team.id });
    await asAdmin(ASSIGN, { userId: uma.id, teamId: null });

    const dataOf = (type: string, key: string) =>
      probe.messages
        .filter((message) => message.key === key)
        .map((message) => JSON.parse(message.value))
        .filter((event) => event.type === type)
        .map((event) => event.data);
    await waitFor(() => {
      expect(dataOf('crm.identity.team.created', team.id)).toEqual([
        { teamId: team.id, name: team.name, managerId: tara.id, createdAt: team.createdAt },
      ]);
      expect(dataOf('crm.identity.user.team_assigned', uma.id)).toEqual([
        { userId: uma.id, teamId: team.id, assignedAt: expect.any(String) },
        { userId: uma.id, teamId: null, assignedAt: expect.any(String) },
      ]);
    });
  });
});
