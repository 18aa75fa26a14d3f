import { newId } from '@crm/db';
import { assertRecordAccess, ownerOfNewRecord, requireScope, type Permission } from '@crm/permissions';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { KnownCustomer } from '../data/known-customer.entity';
import { assignByRules } from '../data/lead-assignment.repository';
import { LeadFollowUp } from '../data/lead-follow-up.entity';
import { Lead } from '../data/lead.entity';
import { followUpTypesOf } from '../data/lead.repository';
import type { Opportunity } from '../data/opportunity.entity';
import { convertsWithContact, customerNameOf } from '../domain/lead-conversion';
import { applyLeadChanges, leadFieldsOf, type LeadFields } from '../domain/lead-fields';
import { scoreColumns } from '../domain/lead-score';
import { assertFollowUpAllowed, assertOpenLead, moveLead, statusAfterFollowUp } from '../domain/lead-status';
import type { NewLeadFollowUp } from '../domain/new-lead-follow-up';
import type { NewOpportunity } from '../domain/new-opportunity';
import { leadAssigned } from '../events/lead-assigned.event';
import { leadConverted } from '../events/lead-converted.event';
import { leadCreated } from '../events/lead-created.event';
import { leadDisqualified } from '../events/lead-disqualified.event';
import { leadQualified } from '../events/lead-qualified.event';
import { openOpportunity } from './opportunity.changes';

/** Another rep's lead is FORBIDDEN, by id and in every mutation. */
export function assertLeadAccess(caller: ChangeScope['caller'], lead: Lead, permission: Permission): void {
  assertRecordAccess(caller, permission, lead.ownerId, `lead ${lead.id}`);
}

/** The lead locked for this change (status moves of one lead run one at a time), if the caller may change it. */
async function lockedLead(change: Change, id: string, field = 'id', version?: number): Promise<Lead> {
  const lead = await change.lock(Lead, id, { field, version });
  assertLeadAccess(change.caller, lead, 'lead:write');
  return lead;
}

/**
 * The owner of a new lead: the one asked for, else (for callers who route leads: scope team or
 * all) the first matching assignment rule's next assignee, else the caller as for any new record.
 */
async function ownerOfNewLead(change: Change, fields: LeadFields, requested: string | null) {
  if (requested)
    return { ownerId: ownerOfNewRecord(change.caller, 'lead:write', requested, 'leads'), ruleId: null };
  if (requireScope(change.caller, 'lead:write') !== 'own') {
    const byRule = await assignByRules(change.manager, fields);
    if (byRule) return byRule;
  }
  return { ownerId: ownerOfNewRecord(change.caller, 'lead:write', null, 'leads'), ruleId: null };
}

export function createLead(
  scope: ChangeScope,
  {
    fields,
    ownerId,
    referralCode = null,
  }: { fields: LeadFields; ownerId: string | null; referralCode?: string | null },
): Promise<Lead> {
  ownerOfNewRecord(scope.caller, 'lead:write', ownerId, 'leads');
  return runChange(scope, async (change) => {
    const now = new Date();
    const owner = await ownerOfNewLead(change, fields, ownerId);
    const lead = Object.assign(new Lead(), {
      ...fields,
      ...scoreColumns(fields, []),
      id: newId(),
      status: 'NEW',
      disqualificationReason: null,
      ownerId: owner.ownerId,
      convertedCustomerId: null,
      convertedContactId: null,
      convertedOpportunityId: null,
      convertedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(Lead, lead, { action: 'createLead' });
    change.publish(leadCreated(lead, change.origin, referralCode));
    if (lead.ownerId) {
      const assignment = {
        leadId: lead.id,
        ownerId: lead.ownerId,
        previousOwnerId: null,
        ruleId: owner.ruleId,
      };
      change.publish(leadAssigned({ ...assignment, at: now }, change.origin));
    }
    return lead;
  });
}

export function updateLead(
  scope: ChangeScope,
  { id, version, input }: { id: string; version: number; input: unknown },
) {
  return runChange(scope, async (change) => {
    const before = await lockedLead(change, id, 'id', version);
    assertOpenLead(before.status, 'edited');
    const fields = applyLeadChanges(leadFieldsOf(before), input);
    const score = scoreColumns(fields, await followUpTypesOf(change.manager, before.id));
    return change.update<Lead>(Lead, before, { ...fields, ...score }, { action: 'updateLead' });
  });
}

export function qualifyLead(scope: ChangeScope, id: string) {
  return runChange(scope, async (change) => {
    const before = await lockedLead(change, id);
    const status = moveLead(before.status, 'QUALIFIED');
    const after = await change.update<Lead>(Lead, before, { status }, { action: 'qualifyLead' });
    change.publish(leadQualified(after, change.origin));
    return after;
  });
}

export function disqualifyLead(scope: ChangeScope, { id, reason }: { id: string; reason: string }) {
  return runChange(scope, async (change) => {
    const before = await lockedLead(change, id);
    const status = moveLead(before.status, 'DISQUALIFIED');
    const changes = { status, disqualificationReason: reason };
    const after = await change.update<Lead>(Lead, before, changes, { action: 'disqualifyLead' });
    change.publish(leadDisqualified(after, change.origin));
    return after;
  });
}

export function assignLead(scope: ChangeScope, { id, ownerId }: { id: string; ownerId: string }) {
  const newOwner = ownerOfNewRecord(scope.caller, 'lead:write', ownerId, 'leads')!;
  return runChange(scope, async (change) => {
    const before = await lockedLead(change, id);
    assertOpenLead(before.status, 'reassigned');
    if (before.ownerId === newOwner) return before;
    const after = await change.update<Lead>(Lead, before, { ownerId: newOwner }, { action: 'assignLead' });
    const assignment = { leadId: after.id, ownerId: newOwner, previousOwnerId: before.ownerId, ruleId: null };
    change.publish(leadAssigned({ ...assignment, at: after.updatedAt }, change.origin));
    return after;
  });
}

/** Records a touch; it counts towards the engagement score and the first one marks the lead CONTACTED. */
export function logLeadFollowUp(
  scope: ChangeScope,
  { leadId, fields }: { leadId: string; fields: NewLeadFollowUp },
): Promise<LeadFollowUp> {
  return runChange(scope, async (change) => {
    const lead = await lockedLead(change, leadId, 'leadId');
    assertFollowUpAllowed(lead.status);
    const followUp = Object.assign(new LeadFollowUp(), {
      ...fields,
      id: newId(),
      leadId: lead.id,
      byUserId: change.caller.userId.toLowerCase(),
      createdAt: new Date(),
    });
    await change.insert(LeadFollowUp, followUp, { action: 'logLeadFollowUp' });
    const score = scoreColumns(lead, await followUpTypesOf(change.manager, lead.id));
    const changes = { ...score, status: statusAfterFollowUp(lead.status) };
    await change.update<Lead>(Lead, lead, changes, { action: 'logLeadFollowUp' });
    return followUp;
  });
}

export interface LeadConversion {
  lead: Lead;
  customerId: string;
  contactId: string | null;
  opportunity: Opportunity | null;
}

/**
 * The sales side of the conversion saga (DESIGN §2): in one transaction the lead is marked
 * CONVERTED, the customer (and contact) ids are generated here, the deal is opened, and
 * lead.converted is written to the outbox; the customer service creates the customer from it.
 * `deal` is the new deal's fields without its customer and owner, which the conversion decides.
 */
export function convertLead(
  scope: ChangeScope,
  { id, deal }: { id: string; deal: ((customerId: string, ownerId: string | null) => NewOpportunity) | null },
): Promise<LeadConversion> {
  // Converting creates a customer (and maybe a deal) in the caller's name.
  requireScope(scope.caller, 'customer:write');
  if (deal) requireScope(scope.caller, 'opportunity:write');
  return runChange(scope, async (change) => {
    const before = await lockedLead(change, id);
    const status = moveLead(before.status, 'CONVERTED');
    const now = new Date();
    const customerId = newId();
    const contactId = convertsWithContact(before) ? newId() : null;
    const opportunityFields = deal ? deal(customerId, before.ownerId) : null;
    const customerName = customerNameOf(before);
    // Sales already knows the customer it is about to have created: the deal may reference it
    // before customer.created comes back (the projection ignores that event's duplicate).
    await change.manager
      .createQueryBuilder()
      .insert()
      .into(KnownCustomer)
      .values({ id: customerId, name: customerName, ownerId: before.ownerId, createdAt: now })
      .orIgnore()
      .execute();
    const opportunity = opportunityFields
      ? await openOpportunity(change, opportunityFields, 'convertLead')
      : null;
    const conversion = {
      status,
      convertedCustomerId: customerId,
      convertedContactId: contactId,
      convertedOpportunityId: opportunity?.id ?? null,
      convertedAt: now,
    };
    const lead = await change.update<Lead>(Lead, before, conversion, { action: 'convertLead' });
    change.publish(leadConverted(lead, customerName, change.origin));
    return { lead, customerId, contactId, opportunity };
  });
}
