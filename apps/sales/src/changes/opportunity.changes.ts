import { newId } from '@crm/db';
import { assertRecordAccess, ownerOfNewRecord, readableOwnerIds } from '@crm/permissions';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { forbidden } from '@crm/errors';
import { knownCustomer } from '../data/document-parties';
import { loadLargeDealThresholds } from '../data/large-deal-threshold.repository';
import { OpportunityLineItem } from '../data/opportunity-line-item.entity';
import { OpportunityStageChange } from '../data/opportunity-stage-change.entity';
import { Opportunity } from '../data/opportunity.entity';
import { resolveLines, type LineRequest } from '../data/priced-lines';
import { largeDealThresholdCrossed, type DealValue } from '../domain/large-deal';
import type { NewOpportunity } from '../domain/new-opportunity';
import { parseOpportunityChanges } from '../domain/opportunity-changes';
import {
  assertClosing,
  assertOpenForLineItems,
  assertReopening,
  assertStageMove,
  DEFAULT_PROBABILITY,
  isOpenStage,
  probabilityFor,
  type CloseOutcome,
  type OpportunityStage,
} from '../domain/opportunity-stage';
import { changedDealFields, snapshotMoved } from '../domain/opportunity-revision';
import { priceDocument } from '../domain/quote-totals';
import { largeDealDetected } from '../events/large-deal-detected.event';
import { opportunityClosed } from '../events/opportunity-closed.event';
import { opportunityCreated } from '../events/opportunity-created.event';
import { opportunityStageChanged } from '../events/opportunity-stage-changed.event';
import { opportunityUpdated } from '../events/opportunity-updated.event';

/** Which deal, at the version the caller read. */
export interface DealVersion {
  id: string;
  version: number;
}

function historyLine(
  change: Change,
  opportunity: Opportunity,
  fromStage: OpportunityStage | null,
  reason: string | null,
): OpportunityStageChange {
  return Object.assign(new OpportunityStageChange(), {
    id: newId(),
    opportunityId: opportunity.id,
    fromStage,
    toStage: opportunity.stage,
    probability: opportunity.probability,
    amount: opportunity.amount,
    currency: opportunity.currency,
    reason,
    changedAt: opportunity.updatedAt,
    changedBy: change.caller.userId,
  });
}

async function publishLargeDeal(change: Change, before: DealValue | null, after: Opportunity) {
  if (!isOpenStage(after.stage)) return;
  const thresholds = await loadLargeDealThresholds(change.manager);
  const threshold = largeDealThresholdCrossed(before, after, thresholds);
  if (threshold) change.publish(largeDealDetected(after, threshold, change.caller, change.origin));
}

/** A deal as it opens, from its parsed fields: no competitors yet, not closed, version 1. */
function newOpportunity(fields: NewOpportunity, now: Date): Opportunity {
  return Object.assign(new Opportunity(), {
    ...fields,
    competitors: [],
    wonReason: null,
    lostReason: null,
    closedAt: null,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}

/**
 * Opens a deal inside a change: the row, the first line of its history, opportunity.created, a
 * large-deal alert when it starts at or above its currency's threshold, and the audit entry.
 * createOpportunity and convertLead both open deals through here.
 */
export async function openOpportunity(
  change: Change,
  fields: NewOpportunity,
  action = 'createOpportunity',
): Promise<Opportunity> {
  const opportunity = newOpportunity(fields, new Date());
  await change.insert(Opportunity, opportunity, { action });
  await change.manager.insert(OpportunityStageChange, historyLine(change, opportunity, null, null));
  change.publish(opportunityCreated(opportunity, change.origin));
  await publishLargeDeal(change, null, opportunity);
  return opportunity;
}

/** A new deal on a customer sales knows and the caller may see. */
export function createOpportunity(scope: ChangeScope, fields: NewOpportunity): Promise<Opportunity> {
  const ownerId = ownerOfNewRecord(scope.caller, 'opportunity:write', fields.ownerId, 'opportunities');
  return runChange(scope, async (change) => {
    const customer = await knownCustomer(change.manager, fields.customerId, 'input.customerId');
    assertRecordAccess(change.caller, 'customer:read', customer.ownerId, `customer ${customer.id}`);
    return openOpportunity(change, { ...fields, ownerId });
  });
}

interface Revision {
  action: string;
  changes: Partial<Omit<Opportunity, 'id' | 'version' | 'updatedAt'>>;
  /** Why the deal was closed or reopened, kept on the history line and in stage_changed. */
  reason?: string | null;
}

/**
 * Applies a revision to a locked deal with what follows from it: a history line when stage,
 * probability or amount moved; stage_changed (and won or lost) for a new stage, otherwise
 * opportunity.updated; a large-deal alert when the amount crossed the threshold; the audit entry.
 */
async function revise(change: Change, before: Opportunity, revision: Revision): Promise<Opportunity> {
  const after = await change.update<Opportunity>(Opportunity, before, revision.changes, {
    action: revision.action,
  });
  const stageMoved = after.stage !== before.stage;
  if (snapshotMoved(before, after)) {
    const line = historyLine(change, after, before.stage, revision.reason ?? null);
    await change.manager.insert(OpportunityStageChange, line);
    if (stageMoved) change.publish(opportunityStageChanged(after, line, change.origin));
  }
  if (stageMoved && !isOpenStage(after.stage)) change.publish(opportunityClosed(after, change.origin));
  const changedFields = changedDealFields(before, after);
  if (!stageMoved && changedFields.length > 0)
    change.publish(opportunityUpdated(after, changedFields, change.origin));
  await publishLargeDeal(change, before, after);
  return after;
}

/** Locks the deal at the caller's version, checks they may change it, and applies what `plan` decides. */
function reviseDeal(
  scope: ChangeScope,
  deal: DealVersion,
  plan: (before: Opportunity, change: Change) => Revision,
): Promise<Opportunity> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Opportunity, deal.id, { version: deal.version, field: 'id' });
    assertRecordAccess(change.caller, 'opportunity:write', before.ownerId, `opportunity ${deal.id}`);
    return revise(change, before, plan(before, change));
  });
}

/** A new owner must be within the caller's reach; only scope 'all' may leave a deal unassigned. */
function newOwnerOf(scope: ChangeScope, requested: string | null): string | null {
  if (requested !== null)
    return ownerOfNewRecord(scope.caller, 'opportunity:write', requested, 'opportunities');
  if (readableOwnerIds(scope.caller, 'opportunity:write') !== null)
    throw forbidden('You may not leave a deal without an owner; assign it to someone');
  return null;
}

export function updateOpportunity(scope: ChangeScope, deal: DealVersion & { input: unknown }) {
  return reviseDeal(scope, deal, (before) => {
    const changes = parseOpportunityChanges(deal.input, before.stage);
    if (changes.ownerId !== undefined) changes.ownerId = newOwnerOf(scope, changes.ownerId);
    return { action: 'updateOpportunity', changes };
  });
}

export function moveOpportunityStage(
  scope: ChangeScope,
  deal: DealVersion & { stage: OpportunityStage; probability?: number | null },
) {
  return reviseDeal(scope, deal, (before) => {
    assertStageMove(before.stage, deal.stage, 'stage');
    const probability = probabilityFor(deal.stage, deal.probability, 'probability');
    return { action: 'moveOpportunityStage', changes: { stage: deal.stage, probability } };
  });
}

function closeOpportunity(
  scope: ChangeScope,
  deal: DealVersion & { reason?: string | null },
  outcome: CloseOutcome,
) {
  return reviseDeal(scope, deal, (before) => {
    const reason = assertClosing(before.stage, outcome, deal.reason, { stage: 'id', reason: 'reason' });
    return {
      action: outcome === 'CLOSED_WON' ? 'winOpportunity' : 'loseOpportunity',
      reason,
      changes: {
        stage: outcome,
        probability: DEFAULT_PROBABILITY[outcome],
        closedAt: new Date(),
        wonReason: outcome === 'CLOSED_WON' ? reason : null,
        lostReason: outcome === 'CLOSED_LOST' ? reason : null,
      },
    };
  });
}

export const winOpportunity = (scope: ChangeScope, deal: DealVersion & { reason?: string | null }) =>
  closeOpportunity(scope, deal, 'CLOSED_WON');

export const loseOpportunity = (scope: ChangeScope, deal: DealVersion & { reason: string }) =>
  closeOpportunity(scope, deal, 'CLOSED_LOST');

export function reopenOpportunity(
  scope: ChangeScope,
  deal: DealVersion & { reason: string; stage: OpportunityStage; probability?: number | null },
) {
  return reviseDeal(scope, deal, (before) => {
    const reason = assertReopening(before.stage, deal.stage, deal.reason, {
      stage: 'stage',
      reason: 'reason',
    });
    return {
      action: 'reopenOpportunity',
      reason,
      changes: {
        stage: deal.stage,
        probability: probabilityFor(deal.stage, deal.probability, 'probability'),
        closedAt: null,
        wonReason: null,
        lostReason: null,
      },
    };
  });
}

export interface LineItemsChange {
  opportunityId: string;
  version: number;
  items: LineRequest[];
  updateAmount?: boolean | null;
}

/**
 * Replaces a deal's line items. With `updateAmount` (the default) the deal's amount becomes the
 * lines' total, so the pipeline sums what is actually on the deal; that is an opportunity.updated.
 */
export function setOpportunityLineItems(scope: ChangeScope, input: LineItemsChange) {
  const { opportunityId } = input;
  return runChange(scope, async (change) => {
    const before = await change.lock(Opportunity, opportunityId, {
      version: input.version,
      field: 'input.opportunityId',
    });
    assertRecordAccess(change.caller, 'opportunity:write', before.ownerId, `opportunity ${opportunityId}`);
    assertOpenForLineItems(before.stage, 'input.opportunityId');
    const totals = priceDocument(
      await resolveLines(change.manager, input.items, before.currency, 'input.items'),
      before.currency,
    );
    const lines = totals.lines.map((line) =>
      Object.assign(new OpportunityLineItem(), { ...line, id: newId(), opportunityId }),
    );
    const previous = await change.manager.find(OpportunityLineItem, {
      where: { opportunityId },
      order: { position: 'ASC' },
    });
    await change.manager.delete(OpportunityLineItem, { opportunityId });
    if (lines.length) await change.manager.insert(OpportunityLineItem, lines);
    const amount = (input.updateAmount ?? true) && lines.length > 0 ? totals.total : before.amount;
    const opportunity = await change.update(
      Opportunity,
      before,
      { amount },
      { action: 'setOpportunityLineItems' },
    );
    change.audit({
      action: 'setOpportunityLineItems',
      entityType: 'Opportunity',
      entityId: opportunityId,
      before: { lineItems: previous.map(({ id: _id, opportunityId: _deal, ...line }) => line) },
      after: { lineItems: totals.lines },
    });
    if (opportunity.amount !== before.amount)
      change.publish(opportunityUpdated(opportunity, ['amount'], change.origin));
    return { opportunity, lines, totals };
  });
}
