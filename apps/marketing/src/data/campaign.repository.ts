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

/** A bound per query: the calendar job takes the rest in its next round. */
export const CALENDAR_BATCH = 200;

/**
 * Campaigns the calendar must move on `today`: SCHEDULED whose start day has come, ACTIVE whose
 * end day is over (campaigns_status_starts_on and campaigns_status_ends_on serve both halves).
 */
export async function campaignsDueOnCalendar(dataSource: DataSource, today: string): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `(SELECT id FROM campaigns WHERE status = 'SCHEDULED' AND starts_on <= $1 ORDER BY starts_on, id LIMIT $2)
     UNION
     (SELECT id FROM campaigns WHERE status = 'ACTIVE' AND ends_on < $1 ORDER BY ends_on, id LIMIT $2)`,
    [today, CALENDAR_BATCH],
  );
  return rows.map((row) => row.id);
}
