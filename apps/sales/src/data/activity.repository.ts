import type { DataSource } from 'typeorm';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Activity } from './activity.entity';

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
