import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';
import { queryObserver } from '@crm/db';
import { parseEvent } from '@crm/events';
import {
  codesOf,
  EventProbe,
  sender,
  sendersFor,
  startPlatform,
  tokenFor,
  type GraphQLResponse,
  type Send,
  type TestPlatform,
  waitFor,
} from '@crm/platform-testing';

const SET_QUOTA = `mutation ($input: SetQuotaInput!) {
  setQuota(input: $input) { id user { id } team { id } period periodKind startsOn endsOn target { amount currency } version }
}`;
const QUOTAS = `query ($period: String, $userId: ID, $teamId: ID) {
  quotas(first: 50, period: $period, userId: $userId, teamId: $teamId) { edges { node { id period user { id } team { id } } } }
}`;
const CREATE_USER = `mutation ($email: String!) { createUser(input: { name: "Quota holder", email: $email, roles: ["SALES_REP"] }) { id } }`;

type QuotaView = {
  id: string;
  period: string;
  version: number;
  target: { amount: string; currency: string };
};

describe('quotas through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  const as = {} as Record<'admin' | 'manager' | 'repA' | 'repB', Send>;
  const TEAM = randomUUID();
  const OTHER_TEAM = randomUUID();
  let repA: Caller;
  let repB: Caller;

  const setQuota = async (send: Send, input: Record<string, unknown>) => {
    const response = await send(SET_QUOTA, {
      input: { period: '2026-11', amount: '1000', currency: 'EUR', ...input },
    });
    return response;
  };
  const quotaOf = (response: GraphQLResponse) => {
    expect(response.errors).toBeUndefined();
    return (response.data as { setQuota: QuotaView }).setQuota;
  };
  const listed = async (send: Send, variables: Record<string, unknown> = {}) => {
    const response = await send(QUOTAS, variables);
    expect(response.errors).toBeUndefined();
    return (response.data as { quotas: { edges: { node: { id: string } }[] } }).quotas.edges.map(
      (e) => e.node.id,
    );
  };

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.sales.quota.v1']);
    const adminToken = await tokenFor();
    as.admin = sender(platform.gatewayUrl, adminToken);
    // Real identity users, so User.quotas resolves through the graph.
    const userId = async () =>
      (
        (await as.admin(CREATE_USER, { email: `quota-${randomUUID()}@example.com` })).data as {
          createUser: { id: string };
        }
      ).createUser.id;
    repA = { userId: await userId(), roles: ['SALES_REP'], teamId: TEAM, managedUserIds: [] };
    repB = { userId: await userId(), roles: ['SALES_REP'], teamId: OTHER_TEAM, managedUserIds: [] };
    const manager: Caller = {
      userId: randomUUID(),
      roles: ['SALES_MANAGER'],
      teamId: TEAM,
      managedUserIds: [repA.userId],
    };
    Object.assign(as, await sendersFor(platform.gatewayUrl, { manager, repA, repB }));
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('sets a user quota and replaces it for the same period (upsert, version moves on)', async () => {
    const first = quotaOf(await setQuota(as.admin, { userId: repA.userId, amount: '0.1' }));
    expect(first).toMatchObject({
      user: { id: repA.userId },
      team: null,
      period: '2026-11',
      periodKind: 'MONTH',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
      target: { amount: '0.10', currency: 'EUR' },
      version: 1,
    });
    const replaced = quotaOf(
      await setQuota(as.admin, { userId: repA.userId, amount: '25000.50', currency: 'USD' }),
    );
    expect(replaced).toMatchObject({
      id: first.id,
      version: 2,
      target: { amount: '25000.50', currency: 'USD' },
    });
    const team = quotaOf(await setQuota(as.admin, { teamId: TEAM, period: '2026-q4', amount: '90000' }));
    expect(team).toMatchObject({
      period: '2026-Q4',
      periodKind: 'QUARTER',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
  });

  it('publishes quota.set with the target as it now is, on every set (analytics reports attainment)', async () => {
    const first = quotaOf(await setQuota(as.admin, { teamId: OTHER_TEAM, period: '2026-Q2', amount: '500' }));
    quotaOf(
      await setQuota(as.admin, { teamId: OTHER_TEAM, period: '2026-Q2', amount: '750.25', currency: 'USD' }),
    );
    const events = await waitFor(() => {
      const seen = probe.messages
        .filter((message) => message.key === first.id)
        .map((m) => parseEvent(m.value));
      if (seen.length < 2) throw new Error('waiting for the quota events');
      return seen;
    });
    expect(events.map((event) => [event.type, event.subject])).toEqual([
      ['crm.sales.quota.set', first.id],
      ['crm.sales.quota.set', first.id],
    ]);
    expect(events[1].data).toEqual({
      quotaId: first.id,
      userId: null,
      teamId: OTHER_TEAM,
      period: '2026-Q2',
      periodKind: 'QUARTER',
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      targetAmount: '750.25',
      currency: 'USD',
      version: 2,
      setAt: expect.any(String),
    });
  });

  it.each([
    [{ period: '2026-13' }, 'input.period'],
    [{ amount: '-1' }, 'input.amount'],
    [{ currency: 'EURO' }, 'input.currency'],
    [{ teamId: randomUUID() }, 'input.userId'],
  ])('refuses %j on %s', async (change, field) => {
    const response = await setQuota(as.admin, { userId: randomUUID(), ...change });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets a manager set the targets of their team and its members only; reps set none', async () => {
    expect(quotaOf(await setQuota(as.manager, { userId: repA.userId, period: '2026-12' })).period).toBe(
      '2026-12',
    );
    expect(quotaOf(await setQuota(as.manager, { teamId: TEAM, period: '2026-12' })).period).toBe('2026-12');
    expect(codesOf(await setQuota(as.manager, { userId: repB.userId }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await setQuota(as.manager, { teamId: OTHER_TEAM }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await setQuota(as.repA, { userId: repA.userId }))).toEqual(['FORBIDDEN']);
  });

  it('lists quotas within scope: a rep their own, a manager their team and its members', async () => {
    const ofB = quotaOf(await setQuota(as.admin, { userId: repB.userId, period: '2027-01' }));
    const ofA = quotaOf(await setQuota(as.admin, { userId: repA.userId, period: '2027-01' }));
    const ofTeam = quotaOf(await setQuota(as.admin, { teamId: TEAM, period: '2027-01' }));
    expect(await listed(as.repA, { period: '2027-01' })).toEqual([ofA.id]);
    expect((await listed(as.manager, { period: '2027-01' })).sort()).toEqual([ofA.id, ofTeam.id].sort());
    expect(await listed(as.manager, { userId: repB.userId })).toEqual([]);
    expect(await listed(as.admin, { period: '2027-01', userId: repB.userId })).toEqual([ofB.id]);
    expect(await listed(as.admin, { teamId: TEAM, period: '2027-01' })).toEqual([ofTeam.id]);
  });

  it('adds User.quotas to identity users, batched in one sales query', async () => {
    await setQuota(as.admin, { userId: repB.userId, period: '2027-02', amount: '7' });
    const byUser = async (query: string) => {
      const response = await as.admin(query);
      expect(response.errors).toBeUndefined();
      type Users = { users: { edges: { node: { id: string; quotas: unknown } }[] } };
      return new Map((response.data as Users).users.edges.map(({ node }) => [node.id, node.quotas]));
    };
    const statements: string[] = [];
    const record = (schema: string, sql: string) => schema === 'sales' && statements.push(sql);
    queryObserver.on('query', record);
    const quotas = await byUser(
      `{ users(first: 200) { edges { node { id quotas { period target { amount } } } } } }`,
    );
    queryObserver.off('query', record);
    expect(quotas.get(repB.userId)).toEqual([
      { period: '2027-02', target: { amount: '7.00' } },
      { period: '2027-01', target: { amount: '1000.00' } },
    ]);
    expect(quotas.get(repA.userId)).toEqual(
      expect.arrayContaining([{ period: '2027-01', target: { amount: '1000.00' } }]),
    );
    expect(statements.filter((sql) => /\bquotas\b/.test(sql))).toEqual([
      expect.stringMatching(/user_id" IN/),
    ]);

    const january = await byUser(
      `{ users(first: 200) { edges { node { id quotas(period: "2027-01") { period } } } } }`,
    );
    expect(january.get(repB.userId)).toEqual([{ period: '2027-01' }]);

    // Another rep's targets are not theirs to see: empty, not an error.
    const asRepA = await as.repA(`query ($b: ID!) { user(id: $b) { quotas { period } } }`, {
      b: repB.userId,
    });
    expect(asRepA.data).toEqual({ user: { quotas: [] } });
  });
});
