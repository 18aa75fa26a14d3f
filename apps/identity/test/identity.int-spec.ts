import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  DEMO_ADMIN,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';

const PASSWORD = 'correct-horse-battery';
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email roles active } }`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`;
const ASSIGN = `mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id version } }`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email } }
}`;
const REFRESH = `mutation ($refreshToken: String!) {
  refreshAccessToken(refreshToken: $refreshToken) { accessToken refreshToken user { id } }
}`;
const LOGOUT = `mutation ($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;
const ME = '{ me { id email roles team { name } manager { email } } }';
const TRAIL = `query ($type: String!, $id: ID!) {
  auditTrail(entityType: $type, entityId: $id) {
    edges { node { action actor { id } changes { field before after } } }
  }
}`;

interface AuditEntry {
  action: string;
  actor: { id: string };
  changes: { field: string; before: string | null; after: string | null }[];
}

interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string };
}

describe('identity through the gateway', () => {
  let platform: TestPlatform;
  let adminToken: string;
  const run = randomUUID().slice(0, 8);
  const emailOf = (name: string) => `${name}.${run}@identity.test`;
  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(platform.gatewayUrl, query, variables, adminToken);
  // Public operations are sent the way a signed-out client sends them: without a token.
  const anonymously = (query: string, variables: Record<string, unknown>) =>
    graphqlRequest(platform.gatewayUrl, query, variables, null);
  /** The audit trail is built from events: it shows a change a moment after it commits. */
  const auditTrail = (type: string, id: string, entries: number) =>
    waitFor(async () => {
      const response = await asAdmin(TRAIL, { type, id });
      const edges = (response.data as { auditTrail: { edges: { node: AuditEntry }[] } } | undefined)
        ?.auditTrail.edges;
      expect(edges).toHaveLength(entries);
      return edges!.map((edge) => edge.node);
    });
  const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.code;

  async function createUser(name: string, roles: string[], extra: Record<string, unknown> = {}) {
    const response = await asAdmin(CREATE_USER, {
      input: { name, email: emailOf(name), roles, password: PASSWORD, ...extra },
    });
    expect(response.errors).toBeUndefined();
    return (response.data as { createUser: { id: string; email: string } }).createUser;
  }

  async function login(email: string, password = PASSWORD): Promise<Session> {
    const response = await anonymously(LOGIN, { email, password });
    expect(response.errors).toBeUndefined();
    return (response.data as { login: Session }).login;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    adminToken = await tokenFor();
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('serves its public keys at /.well-known/jwks.json: an EC P-256 key with a kid, no private part', async () => {
    const response = await fetch(
      platform.subgraphs.identity.url.replace(/\/graphql$/, '/.well-known/jwks.json'),
    );
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0].kid).toEqual(expect.any(String));
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('logs a user in with the password they were created with; the access token works at the gateway', async () => {
    const ada = await createUser('ada', ['SALES_REP']);
    const session = await login(ada.email.toUpperCase());
    expect(session.user).toEqual({ id: ada.id, email: ada.email });
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(session.accessTokenExpiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);

    expect(decodeProtectedHeader(session.accessToken)).toMatchObject({
      alg: 'ES256',
      kid: expect.any(String),
    });
    expect(decodeJwt(session.accessToken)).toMatchObject({
      sub: ada.id,
      iss: 'crm-identity',
      aud: 'crm-graph',
      roles: ['SALES_REP'],
    });
    const me = await graphqlRequest(platform.gatewayUrl, ME, {}, session.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({
      me: { id: ada.id, email: ada.email, roles: ['SALES_REP'], team: null, manager: null },
    });

    const stored = await platform.subgraphs.identity.dataSource.query(
      'SELECT password_hash FROM users WHERE id = $1',
      [ada.id],
    );
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown email with the same UNAUTHENTICATED message', async () => {
    const bea = await createUser('bea', ['READ_ONLY']);
    const wrongPassword = await anonymously(LOGIN, { email: bea.email, password: 'not-the-password' });
    const unknownEmail = await anonymously(LOGIN, { email: emailOf('nobody'), password: PASSWORD });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('refuses login to a user created without a password', async () => {
    const response = await asAdmin(CREATE_USER, {
      input: { name: 'Cy', email: emailOf('cy'), roles: ['ANALYST'] },
    });
    expect(response.errors).toBeUndefined();
    expect(codeOf(await anonymously(LOGIN, { email: emailOf('cy'), password: PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('rotates refresh tokens; replaying a spent one is refused and ends every session of the user', async () => {
    const dan = await createUser('dan', ['MARKETER']);
    const first = await login(dan.email);
    const rotated = await anonymously(REFRESH, { refreshToken: first.refreshToken });
    expect(rotated.errors).toBeUndefined();
    const second = (rotated.data as { refreshAccessToken: Session }).refreshAccessToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user.id).toBe(dan.id);
    const me = await graphqlRequest(platform.gatewayUrl, '{ me { id } }', {}, second.accessToken);
    expect(me.data).toEqual({ me: { id: dan.id } });

    expect(codeOf(await anonymously(REFRESH, { refreshToken: first.refreshToken }))).toBe('UNAUTHENTICATED');
    // The replay revoked the family: the successor no longer works either.
    expect(codeOf(await anonymously(REFRESH, { refreshToken: second.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token', async () => {
    const eve = await createUser('eve', ['SUPPORT_AGENT']);
    const session = await login(eve.email);
    const loggedOut = await anonymously(LOGOUT, { refreshToken: session.refreshToken });
    expect(loggedOut).toEqual({ data: { logout: true } });
    expect(codeOf(await anonymously(REFRESH, { refreshToken: session.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a deactivated user can neither log in nor refresh', async () => {
    const fay = await createUser('fay', ['SALES_REP']);
    const session = await login(fay.email);
    const deactivated = await asAdmin('mutation ($id: ID!) { deactivateUser(id: $id) { active } }', {
      id: fay.id,
    });
    expect(deactivated).toEqual({ data: { deactivateUser: { active: false } } });
    expect(codeOf(await anonymously(LOGIN, { email: fay.email, password: PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await anonymously(REFRESH, { refreshToken: session.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("puts a manager's team members in their token, and shows team and manager on the user", async () => {
    const sam = await createUser('sam', ['SALES_MANAGER']);
    const rita = await createUser('rita', ['SALES_REP']);
    const gone = await createUser('gone', ['SALES_REP']);
    const created = await asAdmin(CREATE_TEAM, { input: { name: `Sales ${run}`, managerId: sam.id } });
    expect(created.errors).toBeUndefined();
    const team = (created.data as { createTeam: { id: string } }).createTeam;
    for (const member of [rita, gone]) {
      expect((await asAdmin(ASSIGN, { userId: member.id, teamId: team.id })).errors).toBeUndefined();
    }
    await asAdmin('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: gone.id });

    const samSession = await login(sam.email);
    expect(decodeJwt(samSession.accessToken)).toMatchObject({ sub: sam.id, managed: [rita.id] });
    const ritaSession = await login(rita.email);
    expect(decodeJwt(ritaSession.accessToken)).toMatchObject({ sub: rita.id, team: team.id, managed: [] });

    const me = await graphqlRequest(platform.gatewayUrl, ME, {}, ritaSession.accessToken);
    expect(me.data).toMatchObject({ me: { team: { name: `Sales ${run}` }, manager: { email: sam.email } } });
    const read = await asAdmin(
      'query ($id: ID!) { team(id: $id) { manager { id } members { id active } } }',
      {
        id: team.id,
      },
    );
    expect(read.data).toEqual({
      team: {
        manager: { id: sam.id },
        members: expect.arrayContaining([
          { id: rita.id, active: true },
          { id: gone.id, active: false },
        ]),
      },
    });
  });

  it('lets only admins manage users (FORBIDDEN otherwise); every user reads the directory', async () => {
    const gus = await createUser('gus', ['SALES_MANAGER']);
    const session = await login(gus.email);
    const denied = await graphqlRequest(
      platform.gatewayUrl,
      CREATE_USER,
      { input: { name: 'Hal', email: emailOf('hal'), roles: ['ADMIN'] } },
      session.accessToken,
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const readOnly = await tokenFor({ ...DEMO_ADMIN, roles: ['READ_ONLY'] });
    const users = await graphqlRequest(
      platform.gatewayUrl,
      '{ users(first: 1) { edges { node { id } } } }',
      {},
      readOnly,
    );
    expect(users.errors).toBeUndefined();
    const roles = await graphqlRequest(
      platform.gatewayUrl,
      'mutation ($id: ID!) { changeUserRoles(id: $id, roles: ["ADMIN"]) { roles } }',
      { id: gus.id },
      readOnly,
    );
    expect(codeOf(roles)).toBe('FORBIDDEN');
  });

  it('lets a user change their own password with the current one, which ends their sessions', async () => {
    const ivy = await createUser('ivy', ['ANALYST']);
    const session = await login(ivy.email);
    const change = (currentPassword: string) =>
      graphqlRequest(
        platform.gatewayUrl,
        'mutation ($userId: ID!, $newPassword: String!, $currentPassword: String) { setPassword(userId: $userId, newPassword: $newPassword, currentPassword: $currentPassword) { id } }',
        { userId: ivy.id, newPassword: 'a-brand-new-passphrase', currentPassword },
        session.accessToken,
      );
    const wrong = await change('not-my-password');
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await change(PASSWORD)).errors).toBeUndefined();
    expect(codeOf(await anonymously(REFRESH, { refreshToken: session.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    await login(ivy.email, 'a-brand-new-passphrase');

    const other = await createUser('jo', ['ANALYST']);
    const forbidden = await graphqlRequest(
      platform.gatewayUrl,
      'mutation ($userId: ID!) { setPassword(userId: $userId, newPassword: "someone-elses-password") { id } }',
      { userId: other.id },
      (await login(ivy.email, 'a-brand-new-passphrase')).accessToken,
    );
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
  });

  it('reports bad input with its field, a taken email as CONFLICT and unknown ids as NOT_FOUND', async () => {
    const short = await asAdmin(CREATE_USER, {
      input: { name: 'Kim', email: emailOf('kim'), roles: ['ADMIN'], password: 'too-short' },
    });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const kim = await createUser('kim', ['ADMIN']);
    const taken = await asAdmin(CREATE_USER, { input: { name: 'Kim', email: kim.email, roles: ['ADMIN'] } });
    expect(codeOf(taken)).toBe('CONFLICT');
    const noManager = await asAdmin(CREATE_TEAM, {
      input: { name: `Ghosts ${run}`, managerId: randomUUID() },
    });
    expect(noManager.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.managerId' });
    const noTeam = await asAdmin(ASSIGN, { userId: kim.id, teamId: randomUUID() });
    expect(noTeam.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'teamId' });
  });

  it('creates a user once per idempotency key and refuses the key with other input', async () => {
    const input = {
      name: 'Lea',
      email: emailOf('lea'),
      roles: ['SUPPORT_AGENT'],
      password: PASSWORD,
      idempotencyKey: randomUUID(),
    };
    const first = await asAdmin(CREATE_USER, { input });
    const retry = await asAdmin(CREATE_USER, { input });
    expect(first.errors).toBeUndefined();
    const lea = (first.data as { createUser: { id: string } }).createUser;
    expect((retry.data as { createUser: { id: string } }).createUser.id).toBe(lea.id);
    const rows = await platform.subgraphs.identity.dataSource.query(
      'SELECT count(*) AS n FROM users WHERE email = $1',
      [input.email],
    );
    expect(Number(rows[0].n)).toBe(1);

    const changed = await asAdmin(CREATE_USER, { input: { ...input, roles: ['ADMIN'] } });
    expect(changed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
    // The key's request hash leaves the password out (a fast hash of it would undo argon2): a retry
    // with another password returns the first user, whose password stays the first one.
    const otherPassword = await asAdmin(CREATE_USER, {
      input: { ...input, password: 'another-long-passphrase' },
    });
    expect((otherPassword.data as { createUser: { id: string } }).createUser.id).toBe(lea.id);
    await login(input.email);
  });

  it('audits user changes with the actor and each field before and after, never the password', async () => {
    const max = await createUser('max', ['SALES_REP']);
    const [created] = await auditTrail('User', max.id, 1);
    expect(created.action).toBe('createUser');
    expect(created.actor.id).toBe(DEMO_ADMIN.userId);
    expect(created.changes).toContainEqual({
      field: 'email',
      before: null,
      after: JSON.stringify(max.email),
    });
    expect(JSON.stringify(created.changes)).not.toMatch(/password|argon2/i);

    const changed = await asAdmin(
      'mutation ($id: ID!) { changeUserRoles(id: $id, roles: ["SALES_MANAGER"]) { roles } }',
      { id: max.id },
    );
    expect(changed.errors).toBeUndefined();
    const [rolesChange] = await auditTrail('User', max.id, 2);
    expect(rolesChange).toEqual({
      action: 'changeUserRoles',
      actor: { id: DEMO_ADMIN.userId },
      changes: [{ field: 'roles', before: '["SALES_REP"]', after: '["SALES_MANAGER"]' }],
    });

    const reset = await asAdmin(
      'mutation ($userId: ID!) { setPassword(userId: $userId, newPassword: "another-long-passphrase") { id } }',
      { userId: max.id },
    );
    expect(reset.errors).toBeUndefined();
    const [passwordChange] = await auditTrail('User', max.id, 3);
    expect(passwordChange.action).toBe('setPassword');
    expect(passwordChange.changes).toEqual([{ field: 'password', before: 'null', after: '"(changed)"' }]);
  });

  it('audits teams and moves between them', async () => {
    const una = await createUser('una', ['SUPPORT_MANAGER']);
    const created = await asAdmin(CREATE_TEAM, {
      input: { name: `Support ${run}`, managerId: una.id, idempotencyKey: randomUUID() },
    });
    expect(created.errors).toBeUndefined();
    const team = (created.data as { createTeam: { id: string } }).createTeam;
    const [teamCreated] = await auditTrail('Team', team.id, 1);
    expect(teamCreated.action).toBe('createTeam');
    expect(teamCreated.changes).toContainEqual({ field: 'managerId', before: null, after: `"${una.id}"` });

    expect((await asAdmin(ASSIGN, { userId: una.id, teamId: team.id })).errors).toBeUndefined();
    const [moved] = await auditTrail('User', una.id, 2);
    expect(moved).toMatchObject({
      action: 'assignUserToTeam',
      changes: [{ field: 'teamId', before: 'null', after: `"${team.id}"` }],
    });
  });
});
