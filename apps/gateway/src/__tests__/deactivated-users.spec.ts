import { ANONYMOUS_CALLER, type Caller } from '@crm/auth';
import { DeactivatedUsers, refusingDeactivatedUsers } from '../deactivated-users';

const ADA = '01950c80-0000-7000-8000-0000000000ad';
const BEN = '01950c80-0000-7000-8000-0000000000be';
const MINUTE = 60_000;

describe('DeactivatedUsers', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => {
    now = Date.parse('2026-12-03T10:00:00.000Z');
  });

  it('denies a user deactivated within the last token lifetime, and forgets them after it', () => {
    const users = new DeactivatedUsers(clock, 16 * MINUTE);
    users.remember(ADA, new Date(now - MINUTE));
    expect(users.isDenied(ADA)).toBe(true);
    expect(users.isDenied(ADA.toUpperCase())).toBe(true);
    expect(users.isDenied(BEN)).toBe(false);
    now += 15 * MINUTE - 1;
    expect(users.isDenied(ADA)).toBe(true);
    now += 1;
    expect(users.isDenied(ADA)).toBe(false);
    expect(users.size).toBe(0);
  });

  it('ignores deactivations older than a token lifetime (read back from history at start)', () => {
    const users = new DeactivatedUsers(clock, 16 * MINUTE);
    users.remember(ADA, new Date(now - 16 * MINUTE));
    expect(users.isDenied(ADA)).toBe(false);
    expect(users.size).toBe(0);
  });

  it('forgets expired deactivations as new ones arrive', () => {
    const users = new DeactivatedUsers(clock, 16 * MINUTE);
    users.remember(ADA, new Date(now));
    now += 20 * MINUTE;
    users.remember(BEN, new Date(now));
    expect(users.size).toBe(1);
  });
});

describe('refusingDeactivatedUsers', () => {
  const callerOf = (userId: string): Caller => ({ ...ANONYMOUS_CALLER, userId, roles: ['SALES_REP'] });

  it('answers UNAUTHENTICATED for a deactivated user and passes everyone else', async () => {
    const users = new DeactivatedUsers();
    users.remember(ADA, new Date());
    const authenticate = refusingDeactivatedUsers(
      async (authorization) => callerOf(authorization ?? ''),
      users,
    );
    await expect(authenticate(BEN)).resolves.toMatchObject({ userId: BEN });
    await expect(authenticate(ADA)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
