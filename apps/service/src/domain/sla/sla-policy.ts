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

/** The policy for a ticket: the one for its priority and the customer's tier, else its priority's general one. */
export function policyFor<TPolicy extends SlaPolicyTerms>(
  policies: TPolicy[],
  priority: TicketPriority,
  tier: CustomerTier | null,
): TPolicy | null {
  const ofPriority = policies.filter((policy) => policy.priority === priority);
  return (
    (tier && ofPriority.find((policy) => policy.customerTier === tier)) ||
    ofPriority.find((policy) => policy.customerTier === null) ||
    null
  );
}
