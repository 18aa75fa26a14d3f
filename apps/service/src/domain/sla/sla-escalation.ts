import { TICKET_PRIORITIES, type TicketPriority } from '../ticket-priority';
import type { EscalationAction } from './sla-policy';

export interface TicketPlacement {
  priority: TicketPriority;
  queueId: string | null;
  assigneeId: string | null;
}

export interface EscalationRule {
  escalationAction: EscalationAction;
  escalationQueueId: string | null;
}

/**
 * Where a breaching ticket goes by its policy's action; null when the action changes nothing
 * (already URGENT, no queue manager, already in the escalation queue).
 */
export function escalate(
  ticket: TicketPlacement,
  rule: EscalationRule,
  queueManagerId: string | null,
): TicketPlacement | null {
  switch (rule.escalationAction) {
    case 'RAISE_PRIORITY': {
      const next = TICKET_PRIORITIES[TICKET_PRIORITIES.indexOf(ticket.priority) + 1];
      return next ? { ...ticket, priority: next } : null;
    }
    case 'REASSIGN_TO_QUEUE_MANAGER':
      return queueManagerId && queueManagerId !== ticket.assigneeId
        ? { ...ticket, assigneeId: queueManagerId }
        : null;
    case 'MOVE_TO_QUEUE':
      // The escalation queue's own assignment decides who takes it next.
      return rule.escalationQueueId && rule.escalationQueueId !== ticket.queueId
        ? { ...ticket, queueId: rule.escalationQueueId, assigneeId: null }
        : null;
  }
}
