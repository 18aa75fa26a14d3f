import type { Caller } from '@crm/auth';
import { CrmError, ErrorCode } from '@crm/errors';
import {
  assertQueueAccess,
  canReachQueue,
  queueOfNewRecord,
  readableQueueIds,
  visibleQueueIds,
  withinQueueScope,
} from '../queue-access';

const FIRST_LINE = '0194c1d0-0000-7000-8000-0000000000f1';
const BILLING = '0194c1d0-0000-7000-8000-0000000000f2';

const caller = (roles: string[], teamId: string | null = FIRST_LINE): Caller => ({
  userId: '0194c1d0-0000-7000-8000-00000000000a',
  roles,
  teamId,
  managedUserIds: [],
});
const agent = caller(['SUPPORT_AGENT']);
const agentWithoutTeam = caller(['SUPPORT_AGENT'], null);

function errorOf(run: () => unknown): CrmError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof CrmError) return error;
    throw error;
  }
}

describe('visibleQueueIds', () => {
  it('reaches every queue with scope all, the own team’s queue with scope team, none with own', () => {
    expect(visibleQueueIds(agent, 'all')).toBeNull();
    expect(visibleQueueIds(caller(['SUPPORT_AGENT'], FIRST_LINE.toUpperCase()), 'team')).toEqual([
      FIRST_LINE,
    ]);
    expect(visibleQueueIds(agent, 'own')).toEqual([]);
    expect(visibleQueueIds(agentWithoutTeam, 'team')).toEqual([]);
  });

  it('readableQueueIds: an agent reads their queue, a manager and read-only roles every queue', () => {
    expect(readableQueueIds(agent, 'ticket:read')).toEqual([FIRST_LINE]);
    expect(readableQueueIds(caller(['SUPPORT_MANAGER']), 'ticket:read')).toBeNull();
    expect(readableQueueIds(caller(['ANALYST']), 'ticket:read')).toBeNull();
    expect(readableQueueIds(agentWithoutTeam, 'ticket:read')).toEqual([]);
    expect(errorOf(() => readableQueueIds(caller(['SALES_REP']), 'ticket:read'))?.code).toBe(
      ErrorCode.Forbidden,
    );
  });
});

describe('reaching a record in a queue', () => {
  it.each<[string, Caller, string | null, boolean]>([
    ['agent, own queue', agent, FIRST_LINE, true],
    ['agent, other queue', agent, BILLING, false],
    ['agent, no queue', agent, null, false],
    ['agent without team, no queue', agentWithoutTeam, null, false],
    ['manager, other queue', caller(['SUPPORT_MANAGER']), BILLING, true],
    ['manager, no queue', caller(['SUPPORT_MANAGER']), null, true],
    ['admin, no queue', caller(['ADMIN'], null), null, true],
    ['read-only, other queue', caller(['READ_ONLY']), BILLING, true],
    ['sales rep', caller(['SALES_REP']), FIRST_LINE, false],
  ])('%s: %s', (_, who, queueId, reachable) => {
    expect(canReachQueue(who, 'ticket:read', queueId)).toBe(reachable);
    expect(withinQueueScope(who, 'ticket:read', { queueId })).toEqual(reachable ? { queueId } : null);
    expect(errorOf(() => assertQueueAccess(who, 'ticket:read', queueId, 'ticket t1'))?.code).toBe(
      reachable ? undefined : ErrorCode.Forbidden,
    );
  });

  it('compares queue ids case-insensitively and resolves a missing record to null', () => {
    expect(canReachQueue(agent, 'ticket:read', FIRST_LINE.toUpperCase())).toBe(true);
    expect(withinQueueScope(agent, 'ticket:read', null)).toBeNull();
  });
});

describe('queueOfNewRecord', () => {
  it('puts an agent’s record in their team’s queue, by default or when asked', () => {
    expect(queueOfNewRecord(agent, 'ticket:write', null, 'tickets')).toBe(FIRST_LINE);
    expect(queueOfNewRecord(agent, 'ticket:write', FIRST_LINE.toUpperCase(), 'tickets')).toBe(FIRST_LINE);
  });

  it('refuses an agent another queue, naming both', () => {
    const error = errorOf(() => queueOfNewRecord(agent, 'ticket:write', BILLING, 'tickets'));
    expect(error?.code).toBe(ErrorCode.Forbidden);
    expect(error?.message).toContain(BILLING);
  });

  it('refuses an agent without a team and tells them to join a support team', () => {
    const error = errorOf(() => queueOfNewRecord(agentWithoutTeam, 'ticket:write', null, 'tickets'));
    expect(error?.code).toBe(ErrorCode.Forbidden);
    expect(error?.message).toMatch(/join a support team/);
  });

  it('lets scope all pick any queue or none', () => {
    const manager = caller(['SUPPORT_MANAGER']);
    expect(queueOfNewRecord(manager, 'ticket:write', BILLING, 'tickets')).toBe(BILLING);
    expect(queueOfNewRecord(manager, 'ticket:write', null, 'tickets')).toBeNull();
  });

  it('refuses a caller without the permission', () => {
    expect(errorOf(() => queueOfNewRecord(caller(['ANALYST']), 'ticket:write', null, 'tickets'))?.code).toBe(
      ErrorCode.Forbidden,
    );
  });
});
