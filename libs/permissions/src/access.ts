import type { Caller } from '@crm/auth';
import { forbidden } from '@crm/errors';
import { ROLE_GRANTS, type Permission, type Scope } from './role-grants';
import { isRole } from './roles';

const BREADTH: Record<Scope, number> = { own: 1, team: 2, all: 3 };

/** The widest scope any of the caller's roles grants for `permission`, or null. */
export function scopeOf(caller: Caller, permission: Permission): Scope | null {
  let widest: Scope | null = null;
  for (const role of caller.roles.filter(isRole)) {
    const scope = ROLE_GRANTS[role].permissions[permission];
    if (scope && (!widest || BREADTH[scope] > BREADTH[widest])) widest = scope;
  }
  return widest;
}

export function requireScope(caller: Caller, permission: Permission): Scope {
  const scope = scopeOf(caller, permission);
  if (!scope) throw forbidden(`Your roles (${caller.roles.join(', ') || 'none'}) do not grant ${permission}`);
  return scope;
}

/**
 * The owners whose records the caller reaches with `scope`; null means every record. Ids are
 * lower-cased, as Postgres prints uuids, so they compare with what the database returns.
 */
export function visibleOwnerIds(caller: Caller, scope: Scope): string[] | null {
  if (scope === 'all') return null;
  const ids = scope === 'team' ? [caller.userId, ...caller.managedUserIds] : [caller.userId];
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/**
 * The owners whose records a list may show the caller (FORBIDDEN without the permission); null:
 * all. A list filtered on one owner (`onlyOwnerId`) outside the caller's scope shows nothing.
 */
export function readableOwnerIds(
  caller: Caller,
  permission: Permission,
  onlyOwnerId?: string | null,
): string[] | null {
  const owners = visibleOwnerIds(caller, requireScope(caller, permission));
  if (!onlyOwnerId) return owners;
  const owner = onlyOwnerId.toLowerCase();
  return owners === null || owners.includes(owner) ? [owner] : [];
}

export function canReachRecord(caller: Caller, permission: Permission, ownerId: string | null): boolean {
  const scope = scopeOf(caller, permission);
  if (!scope) return false;
  const owners = visibleOwnerIds(caller, scope);
  return owners === null || (ownerId !== null && owners.includes(ownerId.toLowerCase()));
}

/**
 * The record itself when the caller may reach it, otherwise null: what a federated reference
 * resolver returns, so a reference to another rep's record resolves to nothing instead of leaking.
 */
export function withinScope<T extends { ownerId: string | null }>(
  caller: Caller,
  permission: Permission,
  record: T | null | undefined,
): T | null {
  return record && canReachRecord(caller, permission, record.ownerId) ? record : null;
}

/** Refuses a record outside the caller's scope, e.g. another rep's deal. */
export function assertRecordAccess(
  caller: Caller,
  permission: Permission,
  ownerId: string | null,
  what: string,
): void {
  if (!canReachRecord(caller, permission, ownerId))
    throw forbidden(`You may not ${permission.split(':')[1]} ${what}`);
}

/**
 * Who owns a record the caller creates. Without a requested owner, a caller whose scope is 'own'
 * or 'team' becomes the owner (so they can see what they just made) and scope 'all' leaves it
 * unassigned; a requested owner outside the caller's scope is FORBIDDEN.
 */
export function ownerOfNewRecord(
  caller: Caller,
  permission: Permission,
  requestedOwnerId: string | null,
  what: string,
): string | null {
  const owners = visibleOwnerIds(caller, requireScope(caller, permission));
  if (requestedOwnerId === null) return owners === null ? null : caller.userId.toLowerCase();
  const ownerId = requestedOwnerId.toLowerCase();
  if (owners !== null && !owners.includes(ownerId))
    throw forbidden(
      `You may only create ${what} owned by ${owners.length > 1 ? 'you or your team' : 'you'} (ownerId ${requestedOwnerId})`,
    );
  return ownerId;
}

export function canReadPii(caller: Caller): boolean {
  return caller.roles.filter(isRole).some((role) => ROLE_GRANTS[role].pii);
}

/** What roles without PII rights see instead of an email or phone number. */
export function maskPii(value: string | null): string | null {
  return value === null ? null : '••••';
}
