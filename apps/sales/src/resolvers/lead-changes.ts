import type { EntityManager } from 'typeorm';
import { updateWithVersion } from '@crm/db';
import type { AnyCloudEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, type Permission } from '@crm/permissions';
import { recordAudit, type RequestContext } from '@crm/subgraph-kit';
import { Lead } from '../data/lead.entity';
import { scoreLead, type FollowUpType } from '../domain/lead-score';

/** Another rep's lead is FORBIDDEN, by id and in every mutation. */
export function assertLeadAccess(context: RequestContext, lead: Lead, permission: Permission): void {
  assertRecordAccess(context.caller, permission, lead.ownerId, `lead ${lead.id}`);
}

/** The persisted score of a lead with these fields and follow-ups. */
export function scoreColumns(
  lead: Pick<Lead, 'industry' | 'companySize' | 'jobTitle' | 'region' | 'source'>,
  followUpTypes: readonly FollowUpType[],
): Pick<Lead, 'score' | 'scoreBreakdown'> {
  const score = scoreLead({ ...lead, followUpTypes });
  return { score: score.total, scoreBreakdown: score.factors };
}

/**
 * Writes a change of a lead with its audit entry and events, in the caller's transaction.
 * `expectedVersion` is the version the user read (CONFLICT when stale); status moves pass the
 * version of the row they locked.
 */
export async function saveLeadChange(
  manager: EntityManager,
  context: RequestContext,
  action: string,
  before: Lead,
  changes: Partial<Lead>,
  events: (after: Lead) => AnyCloudEvent[] = () => [],
  expectedVersion = before.version,
): Promise<Lead> {
  const updatedAt = new Date();
  await updateWithVersion(manager, Lead, before.id, expectedVersion, { ...changes, updatedAt });
  const after: Lead = Object.assign(new Lead(), before, changes, { updatedAt, version: expectedVersion + 1 });
  await appendToOutbox(manager, events(after));
  await recordAudit(manager, context, { action, entityType: 'Lead', entityId: before.id, before, after });
  return after;
}
