import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { Campaign } from './data/campaign.entity';
import { CreateCampaigns1764000000500 } from './data/migrations/1764000000500-create-campaigns';
import { createMarketingLoaders } from './marketing-loaders';
import { campaignResolvers } from './resolvers/campaign.resolvers';

export const marketingTypeDefs = gql(readSubgraphSdl(__dirname));

export function startMarketingSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: marketingTypeDefs,
    resolvers: [campaignResolvers],
    entities: [Campaign],
    migrations: [CreateCampaigns1764000000500],
    createLoaders: createMarketingLoaders,
  });
}
