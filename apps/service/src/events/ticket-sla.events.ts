import { buildEvent, type EventOrigin } from '@crm/events';
import type { Ticket } from '../data/ticket.entity';
import type { SlaMilestone } from '../domain/sla/sla-milestones';
import type { SlaPolicyTerms } from '../domain/sla/sla-policy';
import type { TargetClock } from '../domain/sla/ticket-sla';

const placementOf = (ticket: Ticket) => ({
  ticketId: ticket.id,
  customerId: ticket.customerId,
  queueId: ticket.queueId,
  assigneeId: ticket.assigneeId,
  priority: ticket.priority,
});

export function ticketSlaWarning(
  ticket: Ticket,
  policy: SlaPolicyTerms,
  milestone: SlaMilestone,
  clock: TargetClock,
  origin: EventOrigin,
) {
  return buildEvent('crm.service.ticket.sla_warning', {
    subject: ticket.id,
    ...origin,
    data: {
      ...placementOf(ticket),
      policyId: policy.id,
      target: milestone.target,
      dueAt: (clock.dueAt ?? milestone.at).toISOString(),
      remainingMinutes: clock.remainingMinutes,
      warnedAt: milestone.at.toISOString(),
    },
  });
}

export function ticketSlaBreached(
  ticket: Ticket,
  policy: SlaPolicyTerms,
  milestone: SlaMilestone,
  clock: TargetClock,
  origin: EventOrigin,
) {
  return buildEvent('crm.service.ticket.sla_breached', {
    subject: ticket.id,
    ...origin,
    data: {
      ...placementOf(ticket),
      policyId: policy.id,
      target: milestone.target,
      dueAt: milestone.at.toISOString(),
      targetMinutes: clock.targetMinutes,
      breachedAt: milestone.at.toISOString(),
    },
  });
}

export function ticketEscalated(
  before: Ticket,
  after: Ticket,
  policy: SlaPolicyTerms,
  milestone: SlaMilestone,
  escalatedAt: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.service.ticket.escalated', {
    subject: before.id,
    ...origin,
    data: {
      ticketId: before.id,
      customerId: before.customerId,
      policyId: policy.id,
      target: milestone.target,
      action: policy.escalationAction,
      previousPriority: before.priority,
      priority: after.priority,
      previousQueueId: before.queueId,
      queueId: after.queueId,
      previousAssigneeId: before.assigneeId,
      assigneeId: after.assigneeId,
      escalatedAt: escalatedAt.toISOString(),
    },
  });
}

/** ticket.assigned for an escalation that moved the ticket to another queue or person. */
export function ticketAssignedByEscalation(
  before: Ticket,
  after: Ticket,
  assignedAt: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.service.ticket.assigned', {
    subject: before.id,
    ...origin,
    data: {
      ticketId: before.id,
      customerId: before.customerId,
      queueId: after.queueId,
      assigneeId: after.assigneeId,
      previousAssigneeId: before.assigneeId,
      previousQueueId: before.queueId,
      rule: 'ESCALATION',
      assignedAt: assignedAt.toISOString(),
    },
  });
}
