import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Campaign } from '../data/campaign.entity';
import { CampaignCost } from '../data/campaign-cost.entity';
import { costTotalsOfCampaigns, currencyOfCosts } from '../data/campaign-cost.repository';
import {
  addAmounts,
  assertCostCurrency,
  isOverBudget,
  overBudgetWarnings,
  type CostLine,
} from '../domain/campaign-cost';
import { campaignCostRecorded } from '../events/campaign.events';

export interface RecordedCost {
  cost: CampaignCost;
  campaign: Campaign;
  /** e.g. that this cost pushed the spend over the budget. */
  warnings: string[];
}

/**
 * A cost line of the campaign in its currency. The campaign is locked (FOR NO KEY UPDATE) so
 * concurrent lines see each other's totals: the over-budget warning goes to exactly one of them.
 */
export function recordCampaignCost(
  scope: ChangeScope,
  campaignId: string,
  line: CostLine,
): Promise<RecordedCost> {
  return runChange(scope, async (change) => {
    const campaign = await change.lock(Campaign, campaignId, {
      field: 'campaignId',
      mode: 'for_no_key_update',
    });
    const currency = campaign.budgetCurrency ?? (await currencyOfCosts(change.manager, campaign.id));
    assertCostCurrency(currency, line.currency, 'input.currency');
    const [spent] = await costTotalsOfCampaigns(change.manager, [campaign.id]);
    const before = spent?.amount ?? '0';
    const cost = Object.assign(new CampaignCost(), {
      id: newId(),
      campaignId: campaign.id,
      ...line,
      recordedBy: change.caller.userId,
      createdAt: new Date(),
    } satisfies CampaignCost);
    await change.insert(CampaignCost, cost, { action: 'recordCampaignCost' });
    const totalCost = addAmounts(before, cost.amount);
    const budget =
      campaign.budgetAmount === null || campaign.budgetCurrency === null
        ? null
        : { amount: campaign.budgetAmount, currency: campaign.budgetCurrency };
    change.publish(
      campaignCostRecorded(
        campaign,
        cost,
        { totalCost, overBudget: isOverBudget(totalCost, campaign.budgetAmount) },
        change.origin,
      ),
    );
    return { cost, campaign, warnings: overBudgetWarnings(before, totalCost, budget) };
  });
}
