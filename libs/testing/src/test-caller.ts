import { randomUUID } from 'node:crypto';
import type { Caller } from '@crm/auth';

/** A signed-in user with these roles and a fresh id; no team unless overridden. */
export const person = (roles: string[], overrides: Partial<Caller> = {}): Caller => ({
  userId: randomUUID(),
  roles,
  teamId: null,
  managedUserIds: [],
  ...overrides,
});
