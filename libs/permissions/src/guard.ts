import { isAnonymous, type Caller } from '@crm/auth';
import { unauthenticated } from '@crm/errors';
import type { Permission } from './role-grants';
import { requireScope } from './access';

type Resolver<TArgs extends unknown[], TResult> = (...args: TArgs) => TResult;

/** Any signed-in caller may use the field (e.g. `me`); the token was verified by the kit. */
export const AUTHENTICATED = 'authenticated' as const;

/** Anyone may use the field, signed in or not: only login, token refresh and logout. */
export const PUBLIC = 'public' as const;

export type GuardPermission = Permission | typeof AUTHENTICATED | typeof PUBLIC;

function check(caller: Caller | undefined, permission: GuardPermission): void {
  // Fail closed: a resolver called without a caller (a wiring mistake) refuses rather than serves.
  if (!caller) throw new Error('guarded resolver called without context.caller');
  if (permission === PUBLIC) return;
  if (isAnonymous(caller)) throw unauthenticated();
  if (permission !== AUTHENTICATED) requireScope(caller, permission);
}

/**
 * Wraps a resolver so it runs only for callers whose roles grant `permission`
 * (resolver signature: parent, args, context with `caller`, info). Every root field, reference
 * resolver and contributed field must be wrapped; the lint rule crm/guarded-resolvers checks.
 */
export function guard<TArgs extends [unknown, unknown, { caller: Caller }, ...unknown[]], TResult>(
  permission: GuardPermission,
  resolver: Resolver<TArgs, TResult>,
): Resolver<TArgs, TResult> {
  return (...args: TArgs) => {
    check(args[2]?.caller, permission);
    return resolver(...args);
  };
}

/**
 * `guard` for `__resolveReference`, whose signature is (reference, context, info): `_entities`
 * skips every root field, so the reference resolver checks access itself (DESIGN §6).
 */
export function guardReference<TArgs extends [unknown, { caller: Caller }, ...unknown[]], TResult>(
  permission: GuardPermission,
  resolver: Resolver<TArgs, TResult>,
): Resolver<TArgs, TResult> {
  return (...args: TArgs) => {
    check(args[1]?.caller, permission);
    return resolver(...args);
  };
}
