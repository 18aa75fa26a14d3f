import type { TicketPriority } from '../ticket-priority';

export const CUSTOMER_TIERS = ['A', 'B', 'C', 'D'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

/** What happens to a ticket when it breaches a target (issue 12 §2). */
export const ESCALATION_ACTIONS = ['RAISE_PRIORITY', 'REASSIGN_TO_QUEUE_MANAGER', 'MOVE_TO_QUEUE'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

export const SLA_TARGETS = ['FIRST_RESPONSE', 'RESOLUTION'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** Targets in business minutes for tickets of one priority (and, optionally, one customer tier). */
export interface SlaPolicyTerms {
  id: string;
  /** Null: every queue without a policy of its own. */
  queueId: string | null;
  priority: TicketPriority;
  /** Null: any tier without a policy of its own. */
  customerTier: CustomerTier | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** The share of a target after which the ticket is in WARNING, e.g. 0.75. */
  warningShare: number;
  escalationAction: EscalationAction;
  /** For MOVE_TO_QUEUE: the escalation queue (a support team). */
  escalationQueueId: string | null;
}

export interface PolicySubject {
  priority: TicketPriority;
  queueId: string | null;
  tier: CustomerTier | null;
}

/**
 * The policy for a ticket of this priority: the most specific that fits, the queue's own before
 * the general ones, and within each the customer tier's before the tier-less one.
 */
export function policyFor<TPolicy extends SlaPolicyTerms>(
  policies: TPolicy[],
  ticket: PolicySubject,
): TPolicy | null {
  const fits = (policy: TPolicy, queueId: string | null, tier: CustomerTier | null) =>
    policy.priority === ticket.priority && policy.queueId === queueId && policy.customerTier === tier;
  const preferences: [string | null, CustomerTier | null][] = [
    [ticket.queueId, ticket.tier],
    [ticket.queueId, null],
    [null, ticket.tier],
    [null, null],
  ];
  for (const [queueId, tier] of preferences) {
    const found = policies.find((policy) => fits(policy, queueId, tier));
    if (found) return found;
  }
  return null;
}
