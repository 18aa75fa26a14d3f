import type { DataSource } from 'typeorm';
import { MEMBER_STATUSES, type MemberStatus } from '../domain/member-status';

export type MemberStats = Record<MemberStatus, number> & { total: number };

/** Members per status for many campaigns in one query (campaign_members_campaign_status). */
export async function memberStatsOfCampaigns(
  dataSource: DataSource,
  campaignIds: string[],
): Promise<Map<string, MemberStats>> {
  const rows: { campaign_id: string; status: MemberStatus; n: number }[] = await dataSource.query(
    `SELECT campaign_id, status, count(*)::int AS n FROM campaign_members
     WHERE campaign_id = ANY($1) GROUP BY campaign_id, status`,
    [campaignIds],
  );
  const empty = (): MemberStats =>
    ({ total: 0, ...Object.fromEntries(MEMBER_STATUSES.map((status) => [status, 0])) }) as MemberStats;
  const stats = new Map(campaignIds.map((id) => [id, empty()]));
  for (const row of rows) {
    const of = stats.get(row.campaign_id)!;
    of[row.status] = row.n;
    of.total += row.n;
  }
  return stats;
}

export interface ChannelCount {
  campaignId: string;
  channel: string;
  count: number;
}

/** Responses per channel for many campaigns in one query. */
export async function responseStatsOfCampaigns(
  dataSource: DataSource,
  campaignIds: string[],
): Promise<ChannelCount[]> {
  const rows: { campaign_id: string; channel: string; n: number }[] = await dataSource.query(
    `SELECT campaign_id, channel, count(*)::int AS n FROM campaign_responses
     WHERE campaign_id = ANY($1) GROUP BY campaign_id, channel ORDER BY channel`,
    [campaignIds],
  );
  return rows.map((row) => ({ campaignId: row.campaign_id, channel: row.channel, count: row.n }));
}
