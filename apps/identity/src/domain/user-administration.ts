import type { Caller } from '@crm/auth';
import { badUserInput } from '@crm/errors';
import type { Role } from '@crm/permissions';

const isSelf = (caller: Caller, userId: string) => caller.userId.toLowerCase() === userId;

/** An admin may not deactivate themselves: someone must be left to undo it. */
export function assertMayDeactivate(caller: Caller, userId: string): void {
  if (isSelf(caller, userId)) throw badUserInput('id', 'you cannot deactivate yourself; ask another admin');
}

/** An admin locking themselves out of administration needs another admin to undo it. */
export function assertKeepsOwnAdmin(caller: Caller, userId: string, roles: Role[]): void {
  if (isSelf(caller, userId) && caller.roles.includes('ADMIN') && !roles.includes('ADMIN'))
    throw badUserInput('roles', 'you cannot take ADMIN away from yourself; ask another admin');
}

/** Whose password this is decides the proof: a user proves the current one, an admin resets. */
export const isOwnPassword = isSelf;
