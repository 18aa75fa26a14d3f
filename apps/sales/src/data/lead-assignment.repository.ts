import type { EntityManager } from 'typeorm';
import { firstMatchingRule, roundRobinPick, type RoutedLead } from '../domain/lead-assignment';
import { LeadAssignmentRule } from './lead-assignment-rule.entity';

export interface RuleAssignment {
  ownerId: string;
  ruleId: string;
}

/**
 * Picks the owner of a new lead by the first matching rule and moves that rule's round-robin
 * pointer. The rule row is locked (SELECT … FOR UPDATE) until the lead's transaction commits, so
 * concurrent leads take turns instead of landing on the same assignee.
 */
export async function assignByRules(
  manager: EntityManager,
  lead: RoutedLead,
): Promise<RuleAssignment | null> {
  const rules = await manager.find(LeadAssignmentRule, {
    where: { active: true },
    order: { priority: 'ASC', id: 'ASC' },
  });
  const rule = firstMatchingRule(rules, lead);
  if (!rule) return null;
  const locked = await manager.findOne(LeadAssignmentRule, {
    where: { id: rule.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!locked) return null;
  const pick = roundRobinPick(locked.assigneeIds, locked.nextAssigneeIndex);
  await manager.update(LeadAssignmentRule, { id: locked.id }, { nextAssigneeIndex: pick.nextPointer });
  return { ownerId: pick.assigneeId, ruleId: locked.id };
}
