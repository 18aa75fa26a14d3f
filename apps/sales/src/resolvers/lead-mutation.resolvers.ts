import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { guard, ownerOfNewRecord, requireScope } from '@crm/permissions';
import { createIdempotently, parseId, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { assignByRules } from '../data/lead-assignment.repository';
import { Lead } from '../data/lead.entity';
import { followUpTypesOf, lockLead } from '../data/lead.repository';
import { applyLeadChanges, leadFieldsOf, parseNewLead, type LeadFields } from '../domain/lead-fields';
import { isClosedLead, moveLead } from '../domain/lead-status';
import { originOf } from '../events/event-origin';
import { leadAssigned } from '../events/lead-assigned.event';
import { leadCreated } from '../events/lead-created.event';
import { leadDisqualified } from '../events/lead-disqualified.event';
import { leadQualified } from '../events/lead-qualified.event';
import type { SalesLoaders } from '../sales-loaders';
import { assertLeadAccess, saveLeadChange, scoreColumns } from './lead-changes';
import { leadById } from './lead.resolvers';
import { optionalId } from '../domain/input-parsing';
import { refuseNul } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface CreateLeadArgs {
  ownerId?: string | null;
  idempotencyKey?: string | null;
}

/**
 * The owner of a new lead: the one asked for, else (for callers who route leads: scope team or
 * all) the first matching assignment rule's next assignee, else the caller as for any new record.
 */
async function ownerOfNewLead(
  manager: EntityManager,
  context: Context,
  fields: LeadFields,
  requested: string | null,
) {
  if (requested)
    return { ownerId: ownerOfNewRecord(context.caller, 'lead:write', requested, 'leads'), ruleId: null };
  if (requireScope(context.caller, 'lead:write') !== 'own') {
    const byRule = await assignByRules(manager, fields);
    if (byRule) return byRule;
  }
  return { ownerId: ownerOfNewRecord(context.caller, 'lead:write', null, 'leads'), ruleId: null };
}

async function createLead(
  { ownerId, idempotencyKey, ...input }: CreateLeadArgs,
  context: Context,
): Promise<Lead> {
  const fields = parseNewLead(input);
  const requestedOwner = optionalId('input.ownerId', ownerId);
  ownerOfNewRecord(context.caller, 'lead:write', requestedOwner, 'leads');
  const request = { operation: 'createLead', key: idempotencyKey, input: { ...input, ownerId } };
  let created: Lead | null = null;
  const id = await createIdempotently(context, request, async (manager) => {
    const now = new Date();
    const owner = await ownerOfNewLead(manager, context, fields, requestedOwner);
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
    await manager.insert(Lead, lead);
    const origin = originOf(context);
    await appendToOutbox(manager, [
      leadCreated(lead, origin),
      ...(lead.ownerId
        ? [
            leadAssigned(
              {
                leadId: lead.id,
                ownerId: lead.ownerId,
                previousOwnerId: null,
                ruleId: owner.ruleId,
                at: now,
              },
              origin,
            ),
          ]
        : []),
    ]);
    await recordCreation(manager, context, 'createLead', 'Lead', lead);
    created = lead;
    return lead.id;
  });
  // A rule may route the lead away from the caller: what they just created is still returned.
  return created ?? leadById(id, context);
}

function refuseClosed(lead: Lead, what: string): void {
  if (isClosedLead(lead.status)) throw badUserInput('id', `a ${lead.status} lead cannot be ${what}`);
}

async function updateLead(args: { id: string; version: number; input: unknown }, context: Context) {
  return context.dataSource.transaction(async (manager) => {
    const before = await lockLead(manager, args.id);
    assertLeadAccess(context, before, 'lead:write');
    refuseClosed(before, 'edited');
    const fields = applyLeadChanges(leadFieldsOf(before), args.input);
    const score = scoreColumns(fields, await followUpTypesOf(manager, before.id));
    return saveLeadChange(
      manager,
      context,
      'updateLead',
      before,
      { ...fields, ...score },
      undefined,
      args.version,
    );
  });
}

async function qualifyLead(id: string, context: Context) {
  return context.dataSource.transaction(async (manager) => {
    const before = await lockLead(manager, id);
    assertLeadAccess(context, before, 'lead:write');
    const status = moveLead(before.status, 'QUALIFIED');
    return saveLeadChange(manager, context, 'qualifyLead', before, { status }, (after) => [
      leadQualified(after, originOf(context)),
    ]);
  });
}

async function disqualifyLead(id: string, reason: string, context: Context) {
  const text = refuseNul('reason', reason).trim();
  if (text.length < 1 || text.length > 500) throw badUserInput('reason', 'must be 1 to 500 characters');
  return context.dataSource.transaction(async (manager) => {
    const before = await lockLead(manager, id);
    assertLeadAccess(context, before, 'lead:write');
    const status = moveLead(before.status, 'DISQUALIFIED');
    return saveLeadChange(
      manager,
      context,
      'disqualifyLead',
      before,
      { status, disqualificationReason: text },
      (after) => [leadDisqualified(after, originOf(context))],
    );
  });
}

async function assignLead(id: string, ownerId: string, context: Context) {
  const newOwner = ownerOfNewRecord(context.caller, 'lead:write', parseId('ownerId', ownerId), 'leads')!;
  return context.dataSource.transaction(async (manager) => {
    const before = await lockLead(manager, id);
    assertLeadAccess(context, before, 'lead:write');
    refuseClosed(before, 'reassigned');
    if (before.ownerId === newOwner) return before;
    return saveLeadChange(manager, context, 'assignLead', before, { ownerId: newOwner }, (after) => [
      leadAssigned(
        {
          leadId: after.id,
          ownerId: newOwner,
          previousOwnerId: before.ownerId,
          ruleId: null,
          at: after.updatedAt,
        },
        originOf(context),
      ),
    ]);
  });
}

export const leadMutationResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    createLead: guard('lead:write', (_: unknown, { input }: { input: CreateLeadArgs }, context: Context) =>
      createLead(input, context),
    ),
    updateLead: guard(
      'lead:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        updateLead(args, context),
    ),
    qualifyLead: guard('lead:write', (_: unknown, { id }: { id: string }, context: Context) =>
      qualifyLead(id, context),
    ),
    disqualifyLead: guard(
      'lead:write',
      (_: unknown, { id, reason }: { id: string; reason: string }, context: Context) =>
        disqualifyLead(id, reason, context),
    ),
    assignLead: guard(
      'lead:write',
      (_: unknown, { id, ownerId }: { id: string; ownerId: string }, context: Context) =>
        assignLead(id, ownerId, context),
    ),
  },
};
