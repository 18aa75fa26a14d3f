import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { OpportunityStage } from '../domain/opportunity-stage';
import { Opportunity } from './opportunity.entity';
import { OpportunityStageChange } from './opportunity-stage-change.entity';

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findOpportunitiesByIds(dataSource: DataSource, ids: string[]): Promise<Opportunity[]> {
  return dataSource.getRepository(Opportunity).findBy({ id: In(ids.filter(isUuid)) });
}

export interface OpportunityListFilter {
  stage?: OpportunityStage | null;
  customerId?: string | null;
  closingAfter?: string | null;
  closingBefore?: string | null;
  /** Null: every owner. */
  ownerIds: string[] | null;
}

/** Newest first, keyset-paginated; each filter has an index (migration 1764000002200). */
export function listOpportunities(
  dataSource: DataSource,
  filter: OpportunityListFilter,
  page: PageRequest,
): Promise<Connection<Opportunity>> {
  const query = dataSource.getRepository(Opportunity).createQueryBuilder('opportunity');
  if (filter.ownerIds) query.andWhere('opportunity.owner_id = ANY(:ownerIds)', { ownerIds: filter.ownerIds });
  if (filter.stage) query.andWhere('opportunity.stage = :stage', { stage: filter.stage });
  if (filter.customerId) query.andWhere('opportunity.customer_id = :customerId', filter);
  if (filter.closingAfter)
    query.andWhere('opportunity.expected_close_date >= :closingAfter', { closingAfter: filter.closingAfter });
  if (filter.closingBefore)
    query.andWhere('opportunity.expected_close_date < :closingBefore', {
      closingBefore: filter.closingBefore,
    });
  return paginate(
    query,
    {
      columns: ['opportunity.created_at', 'opportunity.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (row) => [row.createdAt.toISOString(), row.id],
    },
    page,
  );
}

/** Oldest first: the deal's story as it happened. */
export function stageHistoryOf(dataSource: DataSource, opportunityIds: string[]) {
  return dataSource.getRepository(OpportunityStageChange).find({
    where: { opportunityId: In(opportunityIds) },
    order: { changedAt: 'ASC', id: 'ASC' },
  });
}
