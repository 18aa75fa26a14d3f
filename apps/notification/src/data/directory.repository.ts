import type { EntityManager } from 'typeorm';
import type { Directory } from '../domain/audience-resolution';
import { NotificationCustomer } from './notification-customer.entity';
import { NotificationTeam } from './notification-team.entity';
import { NotificationUser } from './notification-user.entity';

/**
 * The who-is-who projections (users, teams, customers' owners). Every fact keeps the time of the
 * event that set it and only a newer event replaces it, so events in any order, or twice, agree.
 */

export async function rememberUser(
  manager: EntityManager,
  user: { userId: string; name: string; email: string; teamId: string | null; createdAt: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_users (id, name, email, created_at, team_id, team_as_of)
     VALUES ($1, $2, $3, $5, $4, $5)
     ON CONFLICT (id) DO UPDATE SET
       name = EXCLUDED.name, email = EXCLUDED.email, created_at = EXCLUDED.created_at,
       team_id = CASE WHEN notification_users.team_as_of IS NULL OR notification_users.team_as_of < EXCLUDED.team_as_of
                      THEN EXCLUDED.team_id ELSE notification_users.team_id END,
       team_as_of = GREATEST(notification_users.team_as_of, EXCLUDED.team_as_of)`,
    [user.userId, user.name, user.email, user.teamId, user.createdAt],
  );
}

export async function recordTeamOfUser(
  manager: EntityManager,
  userId: string,
  teamId: string | null,
  asOf: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_users (id, team_id, team_as_of) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET team_id = EXCLUDED.team_id, team_as_of = EXCLUDED.team_as_of
     WHERE notification_users.team_as_of IS NULL OR notification_users.team_as_of < EXCLUDED.team_as_of`,
    [userId, teamId, asOf],
  );
}

/** Deactivation is final in identity: the first time counts. */
export async function recordDeactivation(manager: EntityManager, userId: string, at: Date): Promise<void> {
  await manager.query(
    `INSERT INTO notification_users (id, deactivated_at) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET deactivated_at = COALESCE(notification_users.deactivated_at, EXCLUDED.deactivated_at)`,
    [userId, at],
  );
}

export async function rememberTeam(
  manager: EntityManager,
  teamId: string,
  managerId: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_teams (id, manager_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
    [teamId, managerId],
  );
}

/** customer.created (known from now on) or an owner change; the newer owner wins. */
export async function recordOwnerOfCustomer(
  manager: EntityManager,
  customerId: string,
  ownerId: string | null,
  asOf: Date,
  { created }: { created: boolean },
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_customers (id, known, owner_id, owner_as_of) VALUES ($1, $4, $2, $3)
     ON CONFLICT (id) DO UPDATE SET
       known = notification_customers.known OR EXCLUDED.known,
       owner_id = CASE WHEN notification_customers.owner_as_of IS NULL OR notification_customers.owner_as_of < EXCLUDED.owner_as_of
                       THEN EXCLUDED.owner_id ELSE notification_customers.owner_id END,
       owner_as_of = GREATEST(notification_customers.owner_as_of, EXCLUDED.owner_as_of)`,
    [customerId, ownerId, asOf, created],
  );
}

/** A merge is final: the merged customers' news goes to the survivor's owner. */
export async function recordMerge(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_customers (id, merged_into_id) SELECT unnest($1::uuid[]), $2
     ON CONFLICT (id) DO UPDATE SET merged_into_id = EXCLUDED.merged_into_id`,
    [mergedIds, survivorId],
  );
}

/** The projections as the audience rules read them, inside the event's transaction. */
export function directoryOf(manager: EntityManager): Directory {
  return {
    async user(id) {
      const row = await manager.findOneBy(NotificationUser, { id });
      return (
        row && { known: row.email !== null, teamId: row.teamId, deactivated: row.deactivatedAt !== null }
      );
    },
    async team(id) {
      const row = await manager.findOneBy(NotificationTeam, { id });
      return row && { managerId: row.managerId };
    },
    async customer(id) {
      const row = await manager.findOneBy(NotificationCustomer, { id });
      return row && { known: row.known, ownerId: row.ownerId, mergedIntoId: row.mergedIntoId };
    },
  };
}
