import type { TicketCategory } from './ticket-category';

/** How a queue picks the agent of a new ticket (the names ticket.assigned carries as its rule). */
export const ASSIGNMENT_RULE_KINDS = ['ROUND_ROBIN', 'LEAST_OPEN', 'CATEGORY'] as const;
export type AssignmentRuleKind = (typeof ASSIGNMENT_RULE_KINDS)[number];

export interface AssignmentRule {
  kind: AssignmentRuleKind;
  /** CATEGORY only: which agent takes which category; a category not listed stays unassigned. */
  categoryAgents: Partial<Record<TicketCategory, string>>;
  /** ROUND_ROBIN only: the agent who got the previous ticket. */
  lastAssigneeId: string | null;
}

/** What the queue knows when a ticket arrives: its active agents and their open tickets. */
export interface QueueLoad {
  /** The queue team's active support agents, in a stable order (by id). */
  agentIds: string[];
  openTickets: ReadonlyMap<string, number>;
}

function nextInTurn(agentIds: string[], lastAssigneeId: string | null): string | null {
  if (agentIds.length === 0) return null;
  const last = lastAssigneeId ? agentIds.indexOf(lastAssigneeId) : -1;
  return agentIds[(last + 1) % agentIds.length];
}

/** Fewest open tickets wins; a tie goes to the first in the stable order, so the choice is repeatable. */
function leastLoaded({ agentIds, openTickets }: QueueLoad): string | null {
  let chosen: string | null = null;
  for (const agentId of agentIds)
    if (chosen === null || (openTickets.get(agentId) ?? 0) < (openTickets.get(chosen) ?? 0)) chosen = agentId;
  return chosen;
}

/** The agent the rule gives a new ticket of `category`; null when nobody can take it. */
export function chooseAssignee(
  rule: AssignmentRule,
  category: TicketCategory,
  load: QueueLoad,
): string | null {
  switch (rule.kind) {
    case 'ROUND_ROBIN':
      return nextInTurn(load.agentIds, rule.lastAssigneeId);
    case 'LEAST_OPEN':
      return leastLoaded(load);
    case 'CATEGORY': {
      const agentId = rule.categoryAgents[category];
      return agentId && load.agentIds.includes(agentId) ? agentId : null;
    }
  }
}
