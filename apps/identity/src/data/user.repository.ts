import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, updateWithVersion } from '@crm/db';
import { conflict, notFound } from '@crm/errors';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isUniqueViolation } from './unique-violation';
import { User } from './user.entity';

/** Inserts a user; CONFLICT when another user already has the email (compared lower-cased). */
export async function insertUser(manager: EntityManager, user: User): Promise<void> {
  try {
    await manager.insert(User, user);
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key'))
      throw conflict(`A user with email ${user.email} already exists; use another email`);
    throw error;
  }
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
      keys: ['timestamp', 'uuid'],
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

/**
 * The user as it is now, locked until the transaction ends: the audit's `before` must be the row
 * the change applies to, not one a concurrent change has already replaced.
 */
export function findUserForUpdate(manager: EntityManager, id: string): Promise<User | null> {
  return manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
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

/**
 * Applies `changes` to a user and returns the new row. With `expectedVersion`, a user changed
 * since the caller read it is a CONFLICT (DESIGN §5); without, the change applies on top.
 */
export async function updateUser(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<User>,
  expectedVersion?: number | null,
): Promise<User> {
  const withTimestamp = { ...changes, updatedAt: new Date() };
  if (expectedVersion !== null && expectedVersion !== undefined) {
    await updateWithVersion(manager, User, id, expectedVersion, withTimestamp);
  } else {
    const result = await manager.update(User, { id }, { ...withTimestamp, version: () => 'version + 1' });
    if (result.affected !== 1) throw notFound('User', id, 'id');
  }
  return manager.findOneByOrFail(User, { id });
}
