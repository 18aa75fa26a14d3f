import { callerOf } from '../access-claims';

describe('callerOf', () => {
  const sam = { id: 'b', roles: ['SALES_MANAGER'], teamId: 't1' };

  it('carries the user, roles, team and the team members they manage', () => {
    expect(callerOf(sam, ['r2', 'r1'])).toEqual({
      userId: 'b',
      roles: ['SALES_MANAGER'],
      teamId: 't1',
      managedUserIds: ['r1', 'r2'],
    });
  });

  it('lists each managed user once and never the manager themselves', () => {
    expect(callerOf(sam, ['r1', 'b', 'r1']).managedUserIds).toEqual(['r1']);
  });

  it('gives a user without a team or reports none', () => {
    expect(callerOf({ id: 'a', roles: ['SALES_REP'], teamId: null }, [])).toMatchObject({
      teamId: null,
      managedUserIds: [],
    });
  });
});
