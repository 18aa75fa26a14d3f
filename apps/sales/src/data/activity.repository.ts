import type { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound } from '@crm/errors';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Activity } from './activity.entity';

/** The activity as this transaction changes it: locked, CONFLICT when it moved past `version`. */
export async function lockActivity(manager: EntityManager, id: string, version: number): Promise<Activity> {
  const activity = await manager.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!activity) throw notFound('Activity', id, 'id');
  if (activity.version !== version)
    throw conflict(
      `Activity ${id} was changed by someone else (version ${activity.version}, you had ${version}); reload and retry`,
    );
  return activity;
}

export interface AgendaRequest {
  ownerId: string;
  from: Date;
  to: Date;
  includeCompleted: boolean;
}

/** One user's activities due in [from, to), soonest first (index activities_agenda). */
export function agendaOf(
  dataSource: DataSource,
  { ownerId, from, to, includeCompleted }: AgendaRequest,
  page: PageRequest,
): Promise<Connection<Activity>> {
  const query = dataSource
    .getRepository(Activity)
    .createQueryBuilder('activity')
    .where('activity.owner_id = :ownerId', { ownerId })
    .andWhere('activity.due_at >= :from AND activity.due_at < :to', { from, to });
  if (!includeCompleted) query.andWhere('activity.completed_at IS NULL');
  return paginate(
    query,
    {
      columns: ['activity.due_at', 'activity.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'ASC',
      valuesOf: (row) => [row.dueAt.toISOString(), row.id],
    },
    page,
  );
}
