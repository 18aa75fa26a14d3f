import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { LeadAssignmentRule } from '../data/lead-assignment-rule.entity';
import type { AssignmentRuleFields } from '../domain/assignment-rule-fields';

export function createLeadAssignmentRule(
  scope: ChangeScope,
  fields: AssignmentRuleFields,
): Promise<LeadAssignmentRule> {
  return runChange(scope, (change) => {
    const now = new Date();
    const rule = Object.assign(new LeadAssignmentRule(), {
      ...fields,
      id: newId(),
      nextAssigneeIndex: 0,
      createdBy: change.caller.userId.toLowerCase(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    return change.insert(LeadAssignmentRule, rule, { action: 'createLeadAssignmentRule' });
  });
}

export function updateLeadAssignmentRule(
  scope: ChangeScope,
  { id, version, fields }: { id: string; version: number; fields: AssignmentRuleFields },
): Promise<LeadAssignmentRule> {
  return runChange(scope, async (change) => {
    const before = await change.lock(LeadAssignmentRule, id, { version, field: 'id' });
    return change.update<LeadAssignmentRule>(LeadAssignmentRule, before, fields, {
      action: 'updateLeadAssignmentRule',
    });
  });
}
