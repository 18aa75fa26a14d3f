import type { Caller } from './caller';

/**
 * The administrator a development setup acts as before any user exists: `npm start` loads demo
 * users with it, and tests mint their setup tokens for it. Not a row in identity.
 */
export const DEMO_ADMIN: Caller = {
  userId: '00000000-0000-7000-8000-000000000001',
  roles: ['ADMIN'],
  teamId: null,
  managedUserIds: [],
};
