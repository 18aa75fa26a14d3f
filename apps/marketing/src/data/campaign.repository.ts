import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { CampaignStatus } from '../domain/campaign-status';
import { Campaign } from './campaign.entity';

export interface CampaignFilter {
  status?: CampaignStatus | null;
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findCampaignsByIds(dataSource: DataSource, ids: string[]): Promise<Campaign[]> {
  return dataSource.getRepository(Campaign).findBy({ id: In(ids.filter(isUuid)) });
}

/** Newest first; campaigns_created_at_id serves the whole list, campaigns_status_created_at the status filter. */
export function listCampaigns(
  dataSource: DataSource,
  filter: CampaignFilter,
  page: PageRequest,
): Promise<Connection<Campaign>> {
  const query = dataSource.getRepository(Campaign).createQueryBuilder('campaign');
  if (filter.status) query.andWhere('campaign.status = :status', { status: filter.status });
  return paginate(
    query,
    {
      columns: ['campaign.created_at', 'campaign.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (campaign) => [campaign.createdAt.toISOString(), campaign.id],
    },
    page,
  );
}
