import type { Caller } from '@crm/auth';

export interface TokenSubject {
  id: string;
  roles: string[];
  teamId: string | null;
}

/**
 * Who a user access token speaks for: the user, their roles and team, and the members of the
 * teams they manage (whose records a manager also reaches). The manager is never their own report.
 */
export function callerOf(user: TokenSubject, managedUserIds: string[]): Caller {
  return {
    userId: user.id,
    roles: [...user.roles],
    teamId: user.teamId,
    managedUserIds: [...new Set(managedUserIds)].filter((id) => id !== user.id).sort(),
  };
}
