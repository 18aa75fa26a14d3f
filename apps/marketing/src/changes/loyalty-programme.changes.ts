import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Campaign } from '../data/campaign.entity';
import { LoyaltyCampaignBonus } from '../data/loyalty-campaign-bonus.entity';
import { LoyaltyProgramme } from '../data/loyalty-programme.entity';
import type { CampaignBonusWindow } from '../domain/campaign-bonus';
import type { LoyaltyProgrammeRules } from '../domain/loyalty-programme';
import { loyaltyProgrammeCreated } from '../events/loyalty.events';

/** Creates a programme from validated rules and announces it (loyalty.programme_created). */
export function createLoyaltyProgramme(
  scope: ChangeScope,
  rules: LoyaltyProgrammeRules,
  now: Date,
): Promise<LoyaltyProgramme> {
  return runChange(scope, async (change) => {
    const programme = Object.assign(new LoyaltyProgramme(), {
      ...rules,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(LoyaltyProgramme, programme, { action: 'createLoyaltyProgramme' });
    change.publish(loyaltyProgrammeCreated(programme, change.origin));
    return programme;
  });
}

export interface NewCampaignBonus extends CampaignBonusWindow {
  programmeId: string;
  campaignId: string;
}

/** Adds a campaign's multiplier to a programme; both must exist (NOT_FOUND on their input field). */
export function addCampaignBonus(scope: ChangeScope, bonus: NewCampaignBonus, now: Date): Promise<void> {
  return runChange(scope, async (change) => {
    if (!(await change.manager.existsBy(LoyaltyProgramme, { id: bonus.programmeId })))
      throw notFound('LoyaltyProgramme', bonus.programmeId, 'input.programmeId');
    if (!(await change.manager.existsBy(Campaign, { id: bonus.campaignId })))
      throw notFound('Campaign', bonus.campaignId, 'input.campaignId');
    await change.insert(
      LoyaltyCampaignBonus,
      Object.assign(new LoyaltyCampaignBonus(), { ...bonus, id: newId(), createdAt: now }),
      { action: 'addLoyaltyCampaignBonus' },
    );
  });
}
