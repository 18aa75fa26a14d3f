import type { EntityManager } from 'typeorm';

/**
 * Writes of the known_users projection. Every field carries the time of the event that set it and
 * only a newer event replaces it, so identity's events applied in any order, or twice, agree.
 */

export async function rememberUser(
  manager: EntityManager,
  user: { userId: string; name: string; teamId: string | null; roles: string[]; createdAt: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO known_users (id, name, team_id, team_as_of, roles, roles_as_of)
     VALUES ($1, $2, $3, $5, $4, $5)
     ON CONFLICT (id) DO UPDATE SET
       name = EXCLUDED.name,
       team_id = CASE WHEN known_users.team_as_of IS NULL OR known_users.team_as_of < EXCLUDED.team_as_of
                      THEN EXCLUDED.team_id ELSE known_users.team_id END,
       team_as_of = GREATEST(known_users.team_as_of, EXCLUDED.team_as_of),
       roles = CASE WHEN known_users.roles_as_of IS NULL OR known_users.roles_as_of < EXCLUDED.roles_as_of
                    THEN EXCLUDED.roles ELSE known_users.roles END,
       roles_as_of = GREATEST(known_users.roles_as_of, EXCLUDED.roles_as_of)`,
    [user.userId, user.name, user.teamId, user.roles, user.createdAt],
  );
}

export async function recordTeamOfUser(
  manager: EntityManager,
  userId: string,
  teamId: string | null,
  asOf: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO known_users (id, team_id, team_as_of) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET team_id = EXCLUDED.team_id, team_as_of = EXCLUDED.team_as_of
     WHERE known_users.team_as_of IS NULL OR known_users.team_as_of < EXCLUDED.team_as_of`,
    [userId, teamId, asOf],
  );
}

export async function recordRolesOfUser(
  manager: EntityManager,
  userId: string,
  roles: string[],
  asOf: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO known_users (id, roles, roles_as_of) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET roles = EXCLUDED.roles, roles_as_of = EXCLUDED.roles_as_of
     WHERE known_users.roles_as_of IS NULL OR known_users.roles_as_of < EXCLUDED.roles_as_of`,
    [userId, roles, asOf],
  );
}

/** Deactivation is final in identity: the first time counts. */
export async function recordDeactivation(manager: EntityManager, userId: string, at: Date): Promise<void> {
  await manager.query(
    `INSERT INTO known_users (id, deactivated_at) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET deactivated_at = COALESCE(known_users.deactivated_at, EXCLUDED.deactivated_at)`,
    [userId, at],
  );
}
