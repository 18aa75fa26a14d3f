import { newId } from '@crm/db';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Campaign } from '../data/campaign.entity';
import { currencyOfCosts } from '../data/campaign-cost.repository';
import { assertCostCurrency } from '../domain/campaign-cost';
import {
  assertSchedulable,
  isDueToComplete,
  isDueToStart,
  parseCancellationReason,
} from '../domain/campaign-lifecycle';
import { assertTransition } from '../domain/campaign-status';
import { planAfterChanges, type CampaignPlanChanges } from '../domain/campaign-update';
import { campaignToCreate, type NewCampaign } from '../domain/new-campaign';
import {
  campaignCancelled,
  campaignCompleted,
  campaignCreated,
  campaignScheduled,
  campaignStarted,
  campaignUpdated,
} from '../events/campaign.events';

/** A campaign as the caller read it: its id and, for optimistic locking, the version they saw. */
export interface CampaignVersion {
  id: string;
  version?: number | null;
}

const lockCampaign = (change: Change, seen: CampaignVersion) =>
  change.lock(Campaign, seen.id, { version: seen.version, field: 'id' });

/** Creates a campaign as a DRAFT. */
export function createCampaign(scope: ChangeScope, input: NewCampaign): Promise<Campaign> {
  return runChange(scope, async (change) => {
    const campaign = Object.assign(new Campaign(), campaignToCreate(input, newId(), new Date()));
    await change.insert(Campaign, campaign, { action: 'createCampaign' });
    change.publish(campaignCreated(campaign, change.origin));
    return campaign;
  });
}

/** A new plan (name, dates, budget, channels, description) while the campaign is not final. */
export function updateCampaign(
  scope: ChangeScope,
  seen: CampaignVersion,
  changes: CampaignPlanChanges,
): Promise<Campaign> {
  return runChange(scope, async (change) => {
    const before = await lockCampaign(change, seen);
    const plan = planAfterChanges(before, changes);
    if (plan.budgetCurrency) {
      const spentIn = await currencyOfCosts(change.manager, before.id);
      assertCostCurrency(plan.budgetCurrency, spentIn ?? plan.budgetCurrency, 'input.budgetCurrency');
    }
    const changedFields = Object.keys(plan);
    if (changedFields.length === 0) return before;
    const after = await change.update<Campaign>(Campaign, before, plan, { action: 'updateCampaign' });
    change.publish(campaignUpdated(after, changedFields, change.origin));
    return after;
  });
}

/** DRAFT → SCHEDULED; the calendar job starts it on startsOn. */
export function scheduleCampaign(scope: ChangeScope, seen: CampaignVersion): Promise<Campaign> {
  return runChange(scope, async (change) => {
    const before = await lockCampaign(change, seen);
    assertSchedulable(before, 'id');
    const after = await change.update(
      Campaign,
      before,
      { status: 'SCHEDULED' },
      { action: 'scheduleCampaign' },
    );
    change.publish(campaignScheduled({ ...after, startsOn: after.startsOn! }, change.origin));
    return after;
  });
}

/** Any campaign that has not completed may be cancelled, with the reason. */
export function cancelCampaign(scope: ChangeScope, seen: CampaignVersion, reason: string): Promise<Campaign> {
  return runChange(scope, async (change) => {
    const before = await lockCampaign(change, seen);
    assertTransition(before.status, 'CANCELLED', 'id');
    const cancellationReason = parseCancellationReason(reason, 'reason');
    const after = await change.update(
      Campaign,
      before,
      { status: 'CANCELLED', cancellationReason },
      { action: 'cancelCampaign' },
    );
    change.publish(
      campaignCancelled(after, before.status as 'DRAFT' | 'SCHEDULED' | 'ACTIVE', change.origin),
    );
    return after;
  });
}

/** ACTIVE → COMPLETED before (or without) an end date. */
export function completeCampaign(scope: ChangeScope, seen: CampaignVersion): Promise<Campaign> {
  return runChange(scope, async (change) => {
    const before = await lockCampaign(change, seen);
    assertTransition(before.status, 'COMPLETED', 'id');
    const after = await change.update(
      Campaign,
      before,
      { status: 'COMPLETED' },
      { action: 'completeCampaign' },
    );
    change.publish(campaignCompleted(after, 'MANUAL', change.origin));
    return after;
  });
}

/**
 * The calendar's move of one campaign on `today`: start it when its start day has come, then
 * complete it when its last day is over. Re-read under lock, so a second run (or a cancel in
 * between) finds nothing left to do: at-least-once runs stay idempotent.
 */
export function moveCampaignByCalendar(scope: ChangeScope, id: string, today: string): Promise<number> {
  return runChange(scope, async (change) => {
    let campaign = await change.lock(Campaign, id);
    let moves = 0;
    if (isDueToStart(campaign, today)) {
      campaign = await change.update(Campaign, campaign, { status: 'ACTIVE' }, { action: 'startCampaign' });
      change.publish(campaignStarted({ ...campaign, startsOn: campaign.startsOn! }, change.origin));
      moves += 1;
    }
    if (isDueToComplete(campaign, today)) {
      campaign = await change.update(
        Campaign,
        campaign,
        { status: 'COMPLETED' },
        { action: 'completeCampaign' },
      );
      change.publish(campaignCompleted(campaign, 'AUTOMATIC', change.origin));
      moves += 1;
    }
    return moves;
  });
}
