import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, updateWithVersion } from '@crm/db';
import { conflict } from '@crm/errors';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { isUniqueViolation } from './unique-violation';
import { User } from './user.entity';

/** A failed insert as the API error: CONFLICT when another user already has the email (lower-cased). */
export function asEmailConflict(error: unknown, email: string): unknown {
  return isUniqueViolation(error, 'users_email_key')
    ? conflict(`A user with email ${email} already exists; use another email`)
    : error;
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findUsersByIds(dataSource: DataSource, ids: string[]): Promise<User[]> {
  return dataSource.getRepository(User).findBy({ id: In(ids.filter(isUuid)) });
}

/** The members of each team, by name, for the Team.members loader. */
export function findUsersByTeamIds(dataSource: DataSource, teamIds: string[]): Promise<User[]> {
  return dataSource
    .getRepository(User)
    .find({ where: { teamId: In(teamIds) }, order: { name: 'ASC', id: 'ASC' } });
}

/** Newest first, on the (created_at, id) index. */
export function listUsers(dataSource: DataSource, page: PageRequest): Promise<Connection<User>> {
  return paginate(
    dataSource.getRepository(User).createQueryBuilder('user'),
    {
      columns: ['user.created_at', 'user.id'],
      direction: 'DESC',
      valuesOf: (user) => [user.createdAt.toISOString(), user.id],
    },
    page,
  );
}

/** The user with this (lower-cased) email, with the password hash that is otherwise never loaded. */
export function findUserWithPasswordByEmail(manager: EntityManager, email: string): Promise<User | null> {
  return (
    manager
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      // Emails are stored lower-cased (a CHECK in the migration).
      .where('user.email = :email', { email: email.trim().toLowerCase() })
      .getOne()
  );
}

export function findUserWithPasswordById(manager: EntityManager, id: string): Promise<User | null> {
  return manager
    .getRepository(User)
    .createQueryBuilder('user')
    .addSelect('user.passwordHash')
    .where('user.id = :id', { id })
    .getOne();
}

/** Active members of the teams `managerId` manages: whose records that manager also reaches. */
export async function findManagedUserIds(manager: EntityManager, managerId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT member.id
       FROM teams team
       JOIN users member ON member.team_id = team.id
      WHERE team.manager_id = $1 AND member.active AND member.id <> $1`,
    [managerId],
  );
  return rows.map((row) => row.id);
}

/** Stores a new password hash on the locked `user` (version-checked); the user as it is now. */
export async function setPasswordHash(
  manager: EntityManager,
  user: User,
  passwordHash: string,
  now: Date,
): Promise<User> {
  await updateWithVersion(manager, User, user.id, user.version, { passwordHash, updatedAt: now });
  return Object.assign(new User(), { ...user, updatedAt: now, version: user.version + 1 });
}
