import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Campaign } from '../data/campaign.entity';
import { campaignToCreate, type NewCampaign } from '../domain/new-campaign';

/** Creates a campaign as a DRAFT. */
export function createCampaign(scope: ChangeScope, input: NewCampaign): Promise<Campaign> {
  return runChange(scope, (change) =>
    change.insert(Campaign, Object.assign(new Campaign(), campaignToCreate(input, newId(), new Date())), {
      action: 'createCampaign',
    }),
  );
}
