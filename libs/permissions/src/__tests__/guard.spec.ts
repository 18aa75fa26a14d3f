import type { Caller } from '@crm/auth';
import { CrmError, ErrorCode } from '@crm/errors';
import { ANONYMOUS_CALLER } from '@crm/auth';
import { AUTHENTICATED, guard, guardReference, PUBLIC } from '../guard';

const context = (roles: string[]): { caller: Caller } => ({
  caller: { userId: '0194c1d0-0000-7000-8000-00000000000a', roles, teamId: null, managedUserIds: [] },
});

describe('guard', () => {
  const resolver = jest.fn((_parent: unknown, args: { id: string }, _context: { caller: Caller }) => args.id);
  const guarded = guard('opportunity:write', resolver);

  beforeEach(() => resolver.mockClear());

  it('runs the resolver for a caller whose roles grant the permission', () => {
    expect(guarded(null, { id: 'x' }, context(['SALES_REP']))).toBe('x');
    expect(resolver).toHaveBeenCalledTimes(1);
  });

  it('refuses with FORBIDDEN, without running the resolver, for anyone else', () => {
    expect(() => guarded(null, { id: 'x' }, context(['ANALYST']))).toThrow(CrmError);
    expect(() => guarded(null, { id: 'x' }, context(['ANALYST']))).toThrow(
      expect.objectContaining({ code: ErrorCode.Forbidden }),
    );
    expect(resolver).not.toHaveBeenCalled();
  });

  it('refuses the anonymous caller everywhere but on PUBLIC fields', () => {
    const anonymous = { caller: ANONYMOUS_CALLER };
    expect(guard(PUBLIC, () => 'login')(null, {}, anonymous)).toBe('login');
    expect(() => guard(AUTHENTICATED, () => 'me')(null, {}, anonymous)).toThrow(/access token is required/);
    expect(() => guard('customer:read', () => 'x')(null, {}, anonymous)).toThrow(/access token is required/);
  });

  it('lets any signed-in caller through AUTHENTICATED', () => {
    expect(guard(AUTHENTICATED, () => 'me')(null, {}, context([]))).toBe('me');
  });

  it('fails closed when the context has no caller', () => {
    const noCaller = {} as { caller: Caller };
    expect(() => guard(AUTHENTICATED, () => 'me')(null, {}, noCaller)).toThrow(/without context.caller/);
  });
});

describe('guardReference', () => {
  const reference = guardReference(
    'customer:read',
    (ref: { id: string }, _context: { caller: Caller }) => ref.id,
  );

  it('reads the caller from the second argument, as __resolveReference receives it', () => {
    expect(reference({ id: 'c' }, context(['READ_ONLY']))).toBe('c');
    expect(() => reference({ id: 'c' }, context([]))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
