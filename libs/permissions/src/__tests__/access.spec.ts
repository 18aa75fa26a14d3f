import type { Caller } from '@crm/auth';
import { CrmError, ErrorCode } from '@crm/errors';
import {
  assertRecordAccess,
  canReachRecord,
  canReadPii,
  maskPii,
  ownerOfNewRecord,
  readableOwnerIds,
  requireScope,
  scopeOf,
  visibleOwnerIds,
  withinScope,
} from '../access';
import { ROLE_GRANTS, type Permission } from '../role-grants';
import { ROLES } from '../roles';

const REP = '0194c1d0-0000-7000-8000-00000000000a';
const OTHER_REP = '0194c1d0-0000-7000-8000-00000000000b';
const MANAGER = '0194c1d0-0000-7000-8000-00000000000c';

const caller = (roles: string[], overrides: Partial<Caller> = {}): Caller => ({
  userId: REP,
  roles,
  teamId: null,
  managedUserIds: [],
  ...overrides,
});
const manager = caller(['SALES_MANAGER'], { userId: MANAGER, managedUserIds: [REP] });

function codeOf(run: () => unknown): ErrorCode | 'none' {
  try {
    run();
    return 'none';
  } catch (error) {
    if (error instanceof CrmError) return error.code;
    throw error;
  }
}

describe('scopeOf', () => {
  it.each<[string, Permission, string | null]>([
    ['ADMIN', 'opportunity:write', 'all'],
    ['SALES_MANAGER', 'opportunity:write', 'team'],
    ['SALES_REP', 'opportunity:read', 'own'],
    ['SALES_REP', 'ticket:read', null],
    ['SUPPORT_AGENT', 'ticket:write', 'team'],
    ['SUPPORT_MANAGER', 'ticket:write', 'all'],
    ['SUPPORT_AGENT', 'opportunity:read', null],
    ['MARKETER', 'campaign:write', 'all'],
    ['ANALYST', 'opportunity:read', 'all'],
    ['ANALYST', 'opportunity:write', null],
    ['READ_ONLY', 'customer:write', null],
  ])('%s has %s at scope %s', (role, permission, scope) => {
    expect(scopeOf(caller([role]), permission)).toBe(scope);
  });

  it('adds up several roles, keeping the widest scope', () => {
    expect(scopeOf(caller(['SALES_REP', 'ANALYST']), 'opportunity:read')).toBe('all');
    expect(scopeOf(caller(['SALES_REP', 'ANALYST']), 'opportunity:write')).toBe('own');
    expect(scopeOf(caller(['SALES_REP', 'SALES_MANAGER']), 'customer:write')).toBe('team');
    expect(scopeOf(caller(['SALES_REP', 'SUPPORT_AGENT']), 'ticket:write')).toBe('team');
    expect(scopeOf(caller(['SUPPORT_AGENT', 'SUPPORT_MANAGER']), 'ticket:read')).toBe('all');
  });

  it('ignores roles the platform does not know and grants nothing without roles', () => {
    expect(scopeOf(caller(['SUPERUSER']), 'customer:read')).toBeNull();
    expect(scopeOf(caller([]), 'customer:read')).toBeNull();
  });

  it('requireScope refuses with FORBIDDEN and names the permission', () => {
    expect(codeOf(() => requireScope(caller(['READ_ONLY']), 'customer:write'))).toBe(ErrorCode.Forbidden);
    expect(() => requireScope(caller([]), 'ticket:read')).toThrow(/\(none\) do not grant ticket:read/);
    expect(requireScope(caller(['SALES_REP']), 'customer:read')).toBe('own');
  });
});

describe('grants as data', () => {
  it('never lets a role write more widely than it reads', () => {
    const breadth = { own: 1, team: 2, all: 3 } as const;
    for (const role of ROLES)
      for (const [permission, scope] of Object.entries(ROLE_GRANTS[role].permissions)) {
        if (!permission.endsWith(':write')) continue;
        const read = ROLE_GRANTS[role].permissions[permission.replace(':write', ':read') as Permission];
        expect({ role, permission, readable: read !== undefined && breadth[read] >= breadth[scope] }).toEqual(
          {
            role,
            permission,
            readable: true,
          },
        );
      }
  });
});

describe('record-level scope', () => {
  it('shows a rep only their own records', () => {
    const rep = caller(['SALES_REP']);
    expect(visibleOwnerIds(rep, 'own')).toEqual([REP]);
    expect(canReachRecord(rep, 'opportunity:read', REP)).toBe(true);
    expect(canReachRecord(rep, 'opportunity:read', OTHER_REP)).toBe(false);
    expect(canReachRecord(rep, 'opportunity:read', null)).toBe(false);
  });

  it('shows a manager their own and their team members’ records', () => {
    expect(visibleOwnerIds(manager, 'team')).toEqual([MANAGER, REP]);
    expect(canReachRecord(manager, 'customer:write', REP)).toBe(true);
    expect(canReachRecord(manager, 'customer:write', MANAGER)).toBe(true);
    expect(canReachRecord(manager, 'customer:write', OTHER_REP)).toBe(false);
  });

  it('shows scope all every record, unowned ones included', () => {
    expect(visibleOwnerIds(caller(['ADMIN']), 'all')).toBeNull();
    expect(canReachRecord(caller(['ANALYST']), 'opportunity:read', OTHER_REP)).toBe(true);
    expect(canReachRecord(caller(['ANALYST']), 'opportunity:read', null)).toBe(true);
  });

  it('compares ids case-insensitively, as tokens and Postgres may spell them differently', () => {
    const shouting = caller(['SALES_REP'], { userId: REP.toUpperCase() });
    expect(canReachRecord(shouting, 'customer:read', REP)).toBe(true);
    expect(canReachRecord(caller(['SALES_REP']), 'customer:read', REP.toUpperCase())).toBe(true);
  });

  it('refuses a record outside the scope, and any record without the permission', () => {
    expect(codeOf(() => assertRecordAccess(caller(['SALES_REP']), 'opportunity:read', OTHER_REP, 'it'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => assertRecordAccess(caller(['SUPPORT_AGENT']), 'opportunity:read', REP, 'it'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => assertRecordAccess(caller(['SALES_REP']), 'opportunity:read', REP, 'it'))).toBe(
      'none',
    );
  });

  it('withinScope turns a record outside the scope into null', () => {
    const deal = { id: 'd', ownerId: OTHER_REP };
    expect(withinScope(caller(['SALES_REP']), 'opportunity:read', deal)).toBeNull();
    expect(withinScope(caller(['ADMIN']), 'opportunity:read', deal)).toBe(deal);
    expect(withinScope(caller(['ADMIN']), 'opportunity:read', null)).toBeNull();
  });

  it('readableOwnerIds narrows a list to one owner, and to nothing outside the scope', () => {
    expect(readableOwnerIds(manager, 'customer:read')).toEqual([MANAGER, REP]);
    expect(readableOwnerIds(manager, 'customer:read', REP)).toEqual([REP]);
    expect(readableOwnerIds(manager, 'customer:read', OTHER_REP)).toEqual([]);
    expect(readableOwnerIds(caller(['ADMIN']), 'customer:read', OTHER_REP)).toEqual([OTHER_REP]);
    expect(readableOwnerIds(caller(['ADMIN']), 'customer:read')).toBeNull();
    expect(codeOf(() => readableOwnerIds(caller(['SUPPORT_AGENT']), 'opportunity:read'))).toBe(
      ErrorCode.Forbidden,
    );
  });
});

describe('ownerOfNewRecord', () => {
  it('makes a rep or manager the owner when none is asked for; scope all leaves it unassigned', () => {
    expect(ownerOfNewRecord(caller(['SALES_REP']), 'opportunity:write', null, 'deals')).toBe(REP);
    expect(ownerOfNewRecord(manager, 'opportunity:write', null, 'deals')).toBe(MANAGER);
    expect(ownerOfNewRecord(caller(['ADMIN']), 'opportunity:write', null, 'deals')).toBeNull();
  });

  it('accepts an owner inside the scope and refuses one outside it', () => {
    expect(ownerOfNewRecord(caller(['SALES_REP']), 'customer:write', REP, 'customers')).toBe(REP);
    expect(ownerOfNewRecord(manager, 'customer:write', REP.toUpperCase(), 'customers')).toBe(REP);
    expect(ownerOfNewRecord(caller(['ADMIN']), 'customer:write', OTHER_REP, 'customers')).toBe(OTHER_REP);
    expect(codeOf(() => ownerOfNewRecord(caller(['SALES_REP']), 'customer:write', OTHER_REP, 'x'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => ownerOfNewRecord(manager, 'customer:write', OTHER_REP, 'x'))).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('refuses a caller who may not write at all', () => {
    expect(codeOf(() => ownerOfNewRecord(caller(['ANALYST']), 'customer:write', null, 'x'))).toBe(
      ErrorCode.Forbidden,
    );
  });
});

describe('personal data', () => {
  it.each([
    ['ADMIN', true],
    ['SALES_REP', true],
    ['SUPPORT_AGENT', true],
    ['MARKETER', true],
    ['ANALYST', false],
    ['READ_ONLY', false],
  ])('%s may read PII: %s', (role, allowed) => {
    expect(canReadPii(caller([role]))).toBe(allowed);
  });

  it('adds up: any role with PII rights unmasks', () => {
    expect(canReadPii(caller(['ANALYST', 'SALES_REP']))).toBe(true);
    expect(canReadPii(caller(['ANALYST', 'READ_ONLY']))).toBe(false);
  });

  it('masks a value and keeps an absent one absent', () => {
    expect(maskPii('ada@example.com')).toBe('••••');
    expect(maskPii(null)).toBeNull();
  });
});
