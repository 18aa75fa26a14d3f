import { resolveAudience, splitAudience, type Directory } from '../audience-resolution';

type UserRow = { known: boolean; teamId: string | null; deactivated: boolean };
type CustomerRow = { known: boolean; ownerId: string | null; mergedIntoId: string | null };

function directory(
  users: Record<string, UserRow>,
  teams: Record<string, { managerId: string | null }>,
  customers: Record<string, CustomerRow> = {},
): Directory {
  return {
    user: async (id) => users[id] ?? null,
    team: async (id) => teams[id] ?? null,
    customer: async (id) => customers[id] ?? null,
  };
}

const user = (teamId: string | null = null, extra: Partial<UserRow> = {}): UserRow => ({
  known: true,
  teamId,
  deactivated: false,
  ...extra,
});

describe('audience resolution', () => {
  it('names a known user, nobody for a deactivated one, and waits for an unknown one', async () => {
    const known = directory(
      { rita: user(), gone: user(null, { deactivated: true }), half: user('t', { known: false }) },
      {},
    );
    expect(await resolveAudience({ user: 'rita' }, known)).toEqual({ users: ['rita'] });
    expect(await resolveAudience({ user: 'gone' }, known)).toEqual({ users: [] });
    expect(await resolveAudience({ user: 'half' }, known)).toEqual({ waitingFor: ['half'] });
    expect(await resolveAudience({ user: 'later' }, known)).toEqual({ waitingFor: ['later'] });
  });

  it('finds a user’s manager through their team, and waits for whichever link is missing', async () => {
    const full = directory({ rita: user('sales'), sam: user('sales') }, { sales: { managerId: 'sam' } });
    expect(await resolveAudience({ managerOfUser: 'rita' }, full)).toEqual({ users: ['sam'] });
    // A manager is not their own manager.
    expect(await resolveAudience({ managerOfUser: 'sam' }, full)).toEqual({ users: [] });
    expect(await resolveAudience({ managerOfUser: 'rita' }, directory({}, {}))).toEqual({
      waitingFor: ['rita'],
    });
    expect(await resolveAudience({ managerOfUser: 'rita' }, directory({ rita: user('sales') }, {}))).toEqual({
      waitingFor: ['sales', 'rita'],
    });
    const managerUnknown = directory({ rita: user('sales') }, { sales: { managerId: 'sam' } });
    expect(await resolveAudience({ managerOfUser: 'rita' }, managerUnknown)).toEqual({ waitingFor: ['sam'] });
    expect(await resolveAudience({ managerOfUser: 'rita' }, directory({ rita: user(null) }, {}))).toEqual({
      users: [],
    });
  });

  it('finds a queue’s manager, nobody for a queue without one', async () => {
    const queues = directory(
      { sven: user('support') },
      { support: { managerId: 'sven' }, bare: { managerId: null } },
    );
    expect(await resolveAudience({ managerOfTeam: 'support' }, queues)).toEqual({ users: ['sven'] });
    expect(await resolveAudience({ managerOfTeam: 'bare' }, queues)).toEqual({ users: [] });
    expect(await resolveAudience({ managerOfTeam: 'unknown' }, queues)).toEqual({ waitingFor: ['unknown'] });
  });

  it('finds a customer’s owner, following merges to the survivor', async () => {
    const customers = directory(
      { rita: user(), rob: user() },
      {},
      {
        acme: { known: true, ownerId: 'rita', mergedIntoId: null },
        dupe: { known: true, ownerId: 'rob', mergedIntoId: 'acme' },
        early: { known: false, ownerId: 'rob', mergedIntoId: null },
        orphan: { known: true, ownerId: null, mergedIntoId: null },
      },
    );
    expect(await resolveAudience({ ownerOfCustomer: 'acme' }, customers)).toEqual({ users: ['rita'] });
    expect(await resolveAudience({ ownerOfCustomer: 'dupe' }, customers)).toEqual({ users: ['rita'] });
    expect(await resolveAudience({ ownerOfCustomer: 'early' }, customers)).toEqual({ waitingFor: ['early'] });
    expect(await resolveAudience({ ownerOfCustomer: 'orphan' }, customers)).toEqual({ users: [] });
  });

  it('splits an audience into users told now, once each, and entries that wait, with what they wait for', async () => {
    const mixed = directory(
      { alex: user('support'), sven: user('support') },
      { support: { managerId: 'sven' } },
    );
    const resolved = await splitAudience(
      [{ user: 'alex' }, { managerOfTeam: 'support' }, { user: 'sven' }, { managerOfTeam: 'later' }],
      mixed,
    );
    expect(resolved).toEqual({
      recipients: ['alex', 'sven'],
      unresolved: [{ managerOfTeam: 'later' }],
      waitingFor: ['later'],
    });
  });
});
