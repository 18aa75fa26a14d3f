import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { CampaignCost } from './campaign-cost.entity';
import { costTotalsOfCampaigns } from './campaign-cost.repository';
import { CampaignMember } from './campaign-member.entity';
import { memberStatsOfCampaigns, responseStatsOfCampaigns } from './campaign-member.repository';
import { CampaignResponse } from './campaign-response.entity';

/** Per-request loaders of a campaign's parts: one query per kind, whatever the number of campaigns. */

const byCampaign = <T>(fetch: (ids: string[]) => Promise<Map<string, T>>) =>
  new DataLoader<string, T>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => found.get(id)!);
  });

const costsOfCampaign = (dataSource: DataSource) =>
  childrenPageLoader(dataSource, {
    entity: CampaignCost,
    parentColumn: 'campaign_id',
    parentIdOf: (cost) => cost.campaignId,
  });

const membersOfCampaign = (dataSource: DataSource) =>
  childrenPageLoader(dataSource, {
    entity: CampaignMember,
    parentColumn: 'campaign_id',
    parentIdOf: (member) => member.campaignId,
  });

const responsesOfCampaign = (dataSource: DataSource) =>
  childrenPageLoader(dataSource, {
    entity: CampaignResponse,
    parentColumn: 'campaign_id',
    parentIdOf: (response) => response.campaignId,
  });

/** Customer.campaignMemberships: campaign_members_customer_created_at serves it. */
const membershipsOfCustomer = (dataSource: DataSource) =>
  childrenPageLoader(dataSource, {
    entity: CampaignMember,
    parentColumn: 'customer_id',
    parentIdOf: (member) => member.customerId!,
  });

const campaignMemberById = (dataSource: DataSource) =>
  loaderById((ids) => dataSource.getRepository(CampaignMember).findBy({ id: In(ids.filter(isUuid)) }));

const costTotalOfCampaign = (dataSource: DataSource) =>
  byCampaign(async (ids) => {
    const totals = await costTotalsOfCampaigns(dataSource, ids);
    return new Map(ids.map((id) => [id, totals.find((total) => total.campaignId === id) ?? null]));
  });

const memberStatsOfCampaign = (dataSource: DataSource) =>
  byCampaign((ids) => memberStatsOfCampaigns(dataSource, ids));

const responseStatsOfCampaign = (dataSource: DataSource) =>
  loaderByParent(
    (ids) => responseStatsOfCampaigns(dataSource, ids),
    (count) => count.campaignId,
  );

/** The loaders of a campaign's costs, members, responses and stats, by name. */
export const campaignPartLoaders = (dataSource: DataSource) => ({
  costsOfCampaign: costsOfCampaign(dataSource),
  membersOfCampaign: membersOfCampaign(dataSource),
  responsesOfCampaign: responsesOfCampaign(dataSource),
  membershipsOfCustomer: membershipsOfCustomer(dataSource),
  campaignMemberById: campaignMemberById(dataSource),
  costTotalOfCampaign: costTotalOfCampaign(dataSource),
  memberStatsOfCampaign: memberStatsOfCampaign(dataSource),
  responseStatsOfCampaign: responseStatsOfCampaign(dataSource),
});
