import type { EntityManager } from 'typeorm';
import { OPEN_TICKET_STATUSES } from '../domain/ticket-status';

/** The roles that work tickets in their team's queue. */
const TICKET_WORKER_ROLES = ['SUPPORT_AGENT', 'SUPPORT_MANAGER'];

/** The active members of the queue's team who work tickets, in a stable order (by id). */
export async function agentsOfQueue(manager: EntityManager, queueId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM known_users
      WHERE team_id = $1 AND deactivated_at IS NULL AND roles && $2::text[]
      ORDER BY id`,
    [queueId, TICKET_WORKER_ROLES],
  );
  return rows.map((row) => row.id);
}

/** The agents of several queues at once (the queue views' loader). */
export async function agentsOfQueues(
  manager: EntityManager,
  queueIds: string[],
): Promise<{ id: string; queueId: string }[]> {
  const rows: { id: string; team_id: string }[] = await manager.query(
    `SELECT id, team_id FROM known_users
      WHERE team_id = ANY($1::uuid[]) AND deactivated_at IS NULL AND roles && $2::text[]
      ORDER BY id`,
    [queueIds, TICKET_WORKER_ROLES],
  );
  return rows.map((row) => ({ id: row.id, queueId: row.team_id }));
}

/** How many open tickets each agent holds now: LEAST_OPEN's measure. */
export async function openTicketsOf(
  manager: EntityManager,
  agentIds: string[],
): Promise<Map<string, number>> {
  const rows: { assignee_id: string; open: string }[] = await manager.query(
    `SELECT assignee_id, count(*) AS open FROM tickets
      WHERE assignee_id = ANY($1::uuid[]) AND status = ANY($2::text[])
      GROUP BY assignee_id`,
    [agentIds, OPEN_TICKET_STATUSES],
  );
  return new Map(rows.map((row) => [row.assignee_id, Number(row.open)]));
}
