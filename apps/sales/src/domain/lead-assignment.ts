import type { LeadSource } from './lead-score';

/** A rule routes leads that match all its non-null criteria to its assignees, in turn. */
export interface AssignmentCriteria {
  region: string | null;
  industry: string | null;
  source: LeadSource | null;
}

export interface RankedRule extends AssignmentCriteria {
  id: string;
  priority: number;
  active: boolean;
}

export interface RoutedLead {
  region: string | null;
  industry: string | null;
  source: LeadSource;
}

export function ruleMatches(rule: AssignmentCriteria, lead: RoutedLead): boolean {
  return (
    (rule.region === null || rule.region === lead.region) &&
    (rule.industry === null || rule.industry === lead.industry) &&
    (rule.source === null || rule.source === lead.source)
  );
}

/** The first active matching rule by priority (lowest number first, ties by id), or null. */
export function firstMatchingRule<T extends RankedRule>(rules: readonly T[], lead: RoutedLead): T | null {
  const ranked = [...rules].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  return ranked.find((rule) => rule.active && ruleMatches(rule, lead)) ?? null;
}

/**
 * Round-robin: the assignee at the pointer, and the pointer for the next lead. The pointer is
 * taken modulo the list, so it survives a rule whose assignee list was shortened.
 */
export function roundRobinPick(
  assigneeIds: readonly string[],
  pointer: number,
): { assigneeId: string; nextPointer: number } {
  if (assigneeIds.length === 0) throw new Error('a rule without assignees cannot assign');
  const index = pointer % assigneeIds.length;
  return { assigneeId: assigneeIds[index], nextPointer: (index + 1) % assigneeIds.length };
}
