import type { DataSource, EntityManager } from 'typeorm';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { FollowUpType, LeadSource } from '../domain/lead-score';
import type { LeadStatus } from '../domain/lead-status';
import { LeadFollowUp } from './lead-follow-up.entity';
import { Lead } from './lead.entity';

export interface LeadListFilter {
  status?: LeadStatus | null;
  source?: LeadSource | null;
  /** Null: every owner (scope 'all'); otherwise only leads of these owners. */
  ownerIds: string[] | null;
}

/** Leads newest first; each filter is backed by an index on (filter, created_at, id). */
export function listLeads(
  dataSource: DataSource,
  filter: LeadListFilter,
  page: PageRequest,
): Promise<Connection<Lead>> {
  const query = dataSource.getRepository(Lead).createQueryBuilder('lead');
  if (filter.status) query.andWhere('lead.status = :status', { status: filter.status });
  if (filter.source) query.andWhere('lead.source = :source', { source: filter.source });
  if (filter.ownerIds) query.andWhere('lead.owner_id = ANY(:ownerIds)', { ownerIds: filter.ownerIds });
  return paginate(
    query,
    {
      columns: ['lead.created_at', 'lead.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (lead) => [lead.createdAt.toISOString(), lead.id],
    },
    page,
  );
}

export async function followUpTypesOf(manager: EntityManager, leadId: string): Promise<FollowUpType[]> {
  const rows = await manager.find(LeadFollowUp, { where: { leadId }, select: { type: true } });
  return rows.map((row) => row.type);
}
