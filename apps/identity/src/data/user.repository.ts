import { In, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, newId } from '@crm/db';
import { conflict } from '@crm/errors';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { parseNewUser } from '../domain/new-user';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';
const EMAIL_KEY = 'users_email_key';

function isEmailTaken(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  return code === UNIQUE_VIOLATION && constraint === EMAIL_KEY;
}

/** Inserts a user; CONFLICT when another user already has the email (compared lower-cased). */
export async function insertUser(manager: EntityManager, user: User): Promise<void> {
  try {
    await manager.insert(User, user);
  } catch (error) {
    if (isEmailTaken(error))
      throw conflict(`A user with email ${user.email} already exists; use another email`);
    throw error;
  }
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findUsersByIds(dataSource: DataSource, ids: string[]): Promise<User[]> {
  return dataSource.getRepository(User).findBy({ id: In(ids.filter(isUuid)) });
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

export interface UserSeed {
  id?: string;
  name: string;
  email: string;
  roles: string[];
}

/**
 * Adds users in one statement for the demo-data loader, validated like createUser. Idempotent:
 * a user whose email is already taken is skipped. Returns the ids of the users inserted now.
 */
export async function insertUsers(dataSource: DataSource, users: UserSeed[]): Promise<string[]> {
  if (users.length === 0) return [];
  const now = new Date().toISOString();
  const rows = users.map((seed, i) => ({ ...parseNewUser(seed, `users.${i}`), id: seed.id ?? newId() }));
  const inserted: { id: string }[] = await dataSource.query(
    `INSERT INTO users (id, name, email, active, roles, created_at, updated_at, version)
     SELECT seed.id, seed.name, seed.email, true, seed.roles, $2, $2, 1
       FROM jsonb_to_recordset($1::jsonb) AS seed (id uuid, name text, email text, roles text[])
     ON CONFLICT ((lower(email))) DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows), now],
  );
  return inserted.map((row) => row.id);
}
