import type { EntityManager } from 'typeorm';
import { newId, updateWithVersion } from '@crm/db';
import { appendToOutbox } from '@crm/messaging';
import { recordAudit, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { largeDealThresholdCrossed, type DealValue } from '../domain/large-deal';
import type { NewOpportunity } from '../domain/new-opportunity';
import { isOpenStage, type OpportunityStage } from '../domain/opportunity-stage';
import { originOf } from '../events/event-origin';
import { largeDealDetected } from '../events/large-deal-detected.event';
import { opportunityClosed } from '../events/opportunity-closed.event';
import { opportunityCreated } from '../events/opportunity-created.event';
import { opportunityStageChanged } from '../events/opportunity-stage-changed.event';
import { opportunityUpdated } from '../events/opportunity-updated.event';
import { loadLargeDealThresholds } from './large-deal-threshold.repository';
import { Opportunity } from './opportunity.entity';
import { OpportunityStageChange } from './opportunity-stage-change.entity';

/** The fields of a deal that opportunity.updated reports as changed. */
const DETAIL_FIELDS = [
  'name',
  'amount',
  'currency',
  'probability',
  'expectedCloseDate',
  'ownerId',
  'competitors',
] as const;

function historyLine(
  opportunity: Opportunity,
  fromStage: OpportunityStage | null,
  reason: string | null,
  context: RequestContext,
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
    changedBy: context.caller.userId,
  });
}

async function largeDealEvents(
  manager: EntityManager,
  context: RequestContext,
  before: DealValue | null,
  after: Opportunity,
) {
  if (!isOpenStage(after.stage)) return [];
  const threshold = largeDealThresholdCrossed(before, after, await loadLargeDealThresholds(manager));
  return threshold ? [largeDealDetected(after, threshold, context.caller, originOf(context))] : [];
}

/** A deal as it opens, from its parsed fields: no competitors yet, not closed, version 1. */
export function newOpportunity(fields: NewOpportunity, now: Date): Opportunity {
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
 * Inserts a new deal with the first line of its history, opportunity.created, a large-deal alert
 * when it starts at or above its currency's threshold, and its audit entry, all in `manager`'s
 * transaction. createOpportunity and convertLead both open deals through here.
 */
export async function insertOpportunity(
  manager: EntityManager,
  context: RequestContext,
  opportunity: Opportunity,
  action = 'createOpportunity',
): Promise<void> {
  await manager.insert(Opportunity, opportunity);
  await manager.insert(OpportunityStageChange, historyLine(opportunity, null, null, context));
  await appendToOutbox(manager, [
    opportunityCreated(opportunity, context.caller.userId, context.correlationId),
    ...(await largeDealEvents(manager, context, null, opportunity)),
  ]);
  await recordCreation(manager, context, action, 'Opportunity', opportunity);
}

export interface OpportunityChange {
  /** The mutation, for the audit trail. */
  action: string;
  /** The deal as locked by lockOpportunity in this transaction. */
  before: Opportunity;
  changes: Partial<Omit<Opportunity, 'id' | 'version' | 'updatedAt'>>;
  /** Why the deal was closed or reopened, kept on the history line and in stage_changed. */
  reason?: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a change to a locked deal and writes what follows from it in the same transaction: a
 * history line when stage, probability or amount moved; stage_changed (and won or lost) for a new
 * stage, otherwise opportunity.updated; a large-deal alert when the amount crossed the threshold;
 * the audit entry.
 */
export async function changeOpportunity(
  manager: EntityManager,
  context: RequestContext,
  { action, before, changes, reason = null }: OpportunityChange,
): Promise<Opportunity> {
  const after = Object.assign(new Opportunity(), before, changes, {
    updatedAt: new Date(),
    version: before.version + 1,
  });
  // The caller locked the row at `before.version`; the versioned update keeps that a checked fact.
  await updateWithVersion(manager, Opportunity, before.id, before.version, {
    ...changes,
    updatedAt: after.updatedAt,
  });
  const origin = originOf(context);
  const events = [];
  const stageMoved = after.stage !== before.stage;
  const snapshotMoved = (['stage', 'probability', 'amount', 'currency'] as const).some(
    (field) => after[field] !== before[field],
  );
  if (snapshotMoved) {
    const line = historyLine(after, before.stage, reason, context);
    await manager.insert(OpportunityStageChange, line);
    if (stageMoved) events.push(opportunityStageChanged(after, line, origin));
  }
  if (stageMoved && !isOpenStage(after.stage)) events.push(opportunityClosed(after, origin));
  const changedFields = DETAIL_FIELDS.filter((field) => !same(before[field], after[field]));
  if (!stageMoved && changedFields.length > 0) events.push(opportunityUpdated(after, changedFields, origin));
  events.push(...(await largeDealEvents(manager, context, before, after)));
  await appendToOutbox(manager, events);
  await recordAudit(manager, context, {
    action,
    entityType: 'Opportunity',
    entityId: before.id,
    before,
    after,
  });
  return after;
}
