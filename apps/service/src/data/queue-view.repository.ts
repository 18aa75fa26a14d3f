import type { DataSource } from 'typeorm';
import { isOpenStatus, TICKET_STATUSES, type TicketStatus } from '../domain/ticket-status';
import { KnownTeam } from './known-team.entity';

/** A queue as its view shows it: the team, and its tickets counted per status. */
export interface QueueView {
  id: string;
  name: string;
  counts: { status: TicketStatus; count: number }[];
  unassignedCount: number;
}

/** The queues (known teams) among `queueIds` (null: all), by name, with counts from the queue-status index. */
export async function queueViews(dataSource: DataSource, queueIds: string[] | null): Promise<QueueView[]> {
  const teams = await dataSource
    .getRepository(KnownTeam)
    .createQueryBuilder('team')
    .where(queueIds ? 'team.id = ANY(:queueIds)' : 'true', { queueIds })
    .orderBy('team.name')
    .addOrderBy('team.id')
    .getMany();
  if (teams.length === 0) return [];
  const rows: { queue_id: string; status: TicketStatus; count: string; unassigned: string }[] =
    await dataSource.query(
      `SELECT queue_id, status, count(*) AS count, count(*) FILTER (WHERE assignee_id IS NULL) AS unassigned
         FROM tickets WHERE queue_id = ANY($1::uuid[]) GROUP BY queue_id, status`,
      [teams.map((team) => team.id)],
    );
  return teams.map((team) => {
    const mine = rows.filter((row) => row.queue_id === team.id);
    const countOf = (status: TicketStatus) => Number(mine.find((row) => row.status === status)?.count ?? 0);
    return {
      id: team.id,
      name: team.name,
      counts: TICKET_STATUSES.map((status) => ({ status, count: countOf(status) })),
      unassignedCount: mine
        .filter((row) => isOpenStatus(row.status))
        .reduce((sum, row) => sum + Number(row.unassigned), 0),
    };
  });
}
