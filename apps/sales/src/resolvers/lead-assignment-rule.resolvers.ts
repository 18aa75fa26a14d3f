import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId, updateWithVersion } from '@crm/db';
import { forbidden, notFound } from '@crm/errors';
import { guard, ownerOfNewRecord, requireScope } from '@crm/permissions';
import { parseId, recordAudit, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { LeadAssignmentRule } from '../data/lead-assignment-rule.entity';
import { parseAssignmentRule, type AssignmentRuleFields } from '../domain/assignment-rule-fields';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

/**
 * Routing leads is for callers whose lead scope is their team or everyone (managers, marketers,
 * admins); a manager may only route to their team, like any lead they assign.
 */
function parseRuleFor(context: Context, input: unknown): AssignmentRuleFields {
  if (requireScope(context.caller, 'lead:write') === 'own')
    throw forbidden('Only managers, marketers and admins may configure lead assignment rules');
  const fields = parseAssignmentRule(input);
  for (const assigneeId of fields.assigneeIds)
    ownerOfNewRecord(context.caller, 'lead:write', assigneeId, 'assignment rules routing leads');
  return fields;
}

async function createRule(input: unknown, context: Context): Promise<LeadAssignmentRule> {
  const fields = parseRuleFor(context, input);
  const now = new Date();
  const rule = Object.assign(new LeadAssignmentRule(), {
    ...fields,
    id: newId(),
    nextAssigneeIndex: 0,
    createdBy: context.caller.userId.toLowerCase(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await context.dataSource.transaction(async (manager) => {
    await manager.insert(LeadAssignmentRule, rule);
    await recordCreation(manager, context, 'createLeadAssignmentRule', 'LeadAssignmentRule', rule);
  });
  return rule;
}

async function updateRule(
  args: { id: string; version: number; input: unknown },
  context: Context,
): Promise<LeadAssignmentRule> {
  const fields = parseRuleFor(context, args.input);
  const id = parseId('id', args.id);
  return context.dataSource.transaction(async (manager) => {
    const before = await manager.findOne(LeadAssignmentRule, { where: { id } });
    if (!before) throw notFound('LeadAssignmentRule', args.id, 'id');
    const updatedAt = new Date();
    await updateWithVersion(manager, LeadAssignmentRule, id, args.version, { ...fields, updatedAt });
    const after = Object.assign(new LeadAssignmentRule(), before, fields, {
      updatedAt,
      version: args.version + 1,
    });
    await recordAudit(manager, context, {
      action: 'updateLeadAssignmentRule',
      entityType: 'LeadAssignmentRule',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export const leadAssignmentRuleResolvers: GraphQLResolverMap<Context> = {
  Query: {
    leadAssignmentRules: guard('lead:write', (_: unknown, __: unknown, context: Context) => {
      if (requireScope(context.caller, 'lead:write') === 'own')
        throw forbidden('Only managers, marketers and admins may see lead assignment rules');
      // A handful of rules per organisation: no paging (priority, id) is the index order.
      return context.dataSource
        .getRepository(LeadAssignmentRule)
        .find({ order: { priority: 'ASC', id: 'ASC' } });
    }),
  },
  Mutation: {
    createLeadAssignmentRule: guard(
      'lead:write',
      (_: unknown, { input }: { input: unknown }, context: Context) => createRule(input, context),
    ),
    updateLeadAssignmentRule: guard(
      'lead:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        updateRule(args, context),
    ),
  },
  LeadAssignmentRule: {
    assignees: (rule: LeadAssignmentRule) => rule.assigneeIds.map((id) => ({ __typename: 'User', id })),
  },
};
