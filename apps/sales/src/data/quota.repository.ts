import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { QuotaHolder } from '../domain/quota-holder';
import type { QuotaPeriod } from '../domain/quota-period';
import { Quota } from './quota.entity';

export type { QuotaHolder };

/**
 * Creates or replaces the target of one holder for one period, race-free: concurrent calls meet
 * on the partial unique index of the holder and period. Returns the quota before and after.
 */
export async function upsertQuota(
  manager: EntityManager,
  holder: QuotaHolder,
  period: QuotaPeriod,
  target: { amount: string; currency: string },
): Promise<{ before: Quota | null; after: Quota }> {
  const holderColumn = holder.userId ? 'user_id' : 'team_id';
  const where = holder.userId ? { userId: holder.userId } : { teamId: holder.teamId! };
  const before = await manager.findOne(Quota, {
    where: { ...where, period: period.code },
    lock: { mode: 'pessimistic_write' },
  });
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO quotas (id, user_id, team_id, period, period_kind, target_amount, currency, created_at, updated_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now(), 1)
     ON CONFLICT (${holderColumn}, period) WHERE ${holderColumn} IS NOT NULL
     DO UPDATE SET target_amount = EXCLUDED.target_amount, currency = EXCLUDED.currency,
                   updated_at = now(), version = quotas.version + 1
     RETURNING id`,
    [newId(), holder.userId, holder.teamId, period.code, period.kind, target.amount, target.currency],
  );
  return { before, after: await manager.findOneByOrFail(Quota, { id: row.id }) };
}

export interface QuotaListFilter {
  period: string | null;
  userId: string | null;
  teamId: string | null;
  /** Null: every quota; otherwise quotas of these users or of this team only. */
  visibleUserIds: string[] | null;
  visibleTeamId: string | null;
}

/** Newest period first; backed by the (period, id) and holder indexes. */
export function listQuotas(
  dataSource: DataSource,
  filter: QuotaListFilter,
  page: PageRequest,
): Promise<Connection<Quota>> {
  const query = dataSource.getRepository(Quota).createQueryBuilder('quota');
  if (filter.period) query.andWhere('quota.period = :period', { period: filter.period });
  if (filter.userId) query.andWhere('quota.user_id = :userId', { userId: filter.userId });
  if (filter.teamId) query.andWhere('quota.team_id = :teamId', { teamId: filter.teamId });
  if (filter.visibleUserIds)
    query.andWhere('(quota.user_id = ANY(:visibleUserIds) OR quota.team_id = :visibleTeamId)', {
      visibleUserIds: filter.visibleUserIds,
      visibleTeamId: filter.visibleTeamId,
    });
  return paginate(
    query,
    {
      columns: ['quota.period', 'quota.id'],
      keys: ['text', 'uuid'],
      direction: 'DESC',
      valuesOf: (quota) => [quota.period, quota.id],
    },
    page,
  );
}
