import type { Caller } from './caller';

/** Who calls the few public operations (login, token refresh): nobody in particular. */
export const ANONYMOUS_CALLER: Caller = { userId: 'anonymous', roles: [], teamId: null, managedUserIds: [] };

export const isAnonymous = (caller: Caller) => caller.userId === ANONYMOUS_CALLER.userId;
