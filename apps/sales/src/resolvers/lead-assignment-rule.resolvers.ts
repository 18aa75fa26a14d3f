import { forbidden } from '@crm/errors';
import { guard, ownerOfNewRecord, requireScope } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { createLeadAssignmentRule, updateLeadAssignmentRule } from '../changes/lead-assignment-rule.changes';
import { LeadAssignmentRule } from '../data/lead-assignment-rule.entity';
import { parseAssignmentRule, type AssignmentRuleFields } from '../domain/assignment-rule-fields';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

/**
 * Routing leads is for callers whose lead scope is their team or everyone (managers, marketers,
 * admins); a manager may only route to their team, like any lead they assign.
 */
function parseRuleFor(context: SalesContext, input: unknown): AssignmentRuleFields {
  if (requireScope(context.caller, 'lead:write') === 'own')
    throw forbidden('Only managers, marketers and admins may configure lead assignment rules');
  const fields = parseAssignmentRule(input);
  for (const assigneeId of fields.assigneeIds)
    ownerOfNewRecord(context.caller, 'lead:write', assigneeId, 'assignment rules routing leads');
  return fields;
}

export const leadAssignmentRuleResolvers: Resolvers = {
  Query: {
    leadAssignmentRules: guard('lead:write', (_, __, context) => {
      if (requireScope(context.caller, 'lead:write') === 'own')
        throw forbidden('Only managers, marketers and admins may see lead assignment rules');
      // A handful of rules per organisation: no paging (priority, id) is the index order.
      return context.dataSource
        .getRepository(LeadAssignmentRule)
        .find({ order: { priority: 'ASC', id: 'ASC' } });
    }),
  },
  Mutation: {
    createLeadAssignmentRule: guard('lead:write', (_, { input }, context) =>
      createLeadAssignmentRule(scopeOfRequest(context), parseRuleFor(context, input)),
    ),
    updateLeadAssignmentRule: guard('lead:write', (_, args, context) =>
      updateLeadAssignmentRule(scopeOfRequest(context), {
        fields: parseRuleFor(context, args.input),
        id: parseId('id', args.id),
        version: args.version,
      }),
    ),
  },
  LeadAssignmentRule: {
    assignees: (rule) => rule.assigneeIds.map((id) => ({ __typename: 'User', id })),
  },
};
