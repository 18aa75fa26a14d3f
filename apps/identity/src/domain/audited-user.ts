import type { User } from '../data/user.entity';

export type AuditedUser = Omit<User, 'passwordHash'>;

/** A user as the audit trail may hold it: everything but the password hash, which never leaves identity. */
export function auditedUser(user: User): AuditedUser {
  const { passwordHash: _secret, ...rest } = user;
  return rest;
}
