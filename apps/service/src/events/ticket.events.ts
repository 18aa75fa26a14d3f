import { buildEvent, type EventOrigin } from '@crm/events';
import type { TicketComment } from '../data/ticket-comment.entity';
import type { TicketStatusChange } from '../data/ticket-status-change.entity';
import type { Ticket } from '../data/ticket.entity';
import type { AssignmentRuleKind } from '../domain/assignment-rule';

/** Builders of the ticket events (libs/events/src/catalogue/ticket-*.event.ts); changes publish them. */

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function ticketOpened(ticket: Ticket, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.opened', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      number: ticket.number,
      customerId: ticket.customerId,
      requesterContactId: ticket.requesterContactId,
      queueId: ticket.queueId,
      source: ticket.source,
      category: ticket.category,
      priority: ticket.priority,
      openedAt: ticket.createdAt.toISOString(),
    },
  });
}

export type AssignedBy = AssignmentRuleKind | 'ESCALATION' | 'MANUAL';

export function ticketAssigned(before: Ticket, after: Ticket, rule: AssignedBy, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.assigned', {
    subject: after.id,
    ...origin,
    data: {
      ticketId: after.id,
      customerId: after.customerId,
      queueId: after.queueId,
      assigneeId: after.assigneeId,
      previousAssigneeId: before.assigneeId,
      previousQueueId: before.queueId,
      rule,
      assignedAt: after.updatedAt.toISOString(),
    },
  });
}

export function ticketStatusChanged(ticket: Ticket, line: TicketStatusChange, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.status_changed', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      queueId: ticket.queueId,
      fromStatus: line.fromStatus ?? line.toStatus,
      toStatus: line.toStatus,
      actorId: line.actorId,
      reason: line.reason,
      changedAt: line.changedAt.toISOString(),
    },
  });
}

export function ticketReplied(
  ticket: Ticket,
  comment: TicketComment,
  firstResponse: boolean,
  origin: EventOrigin,
) {
  return buildEvent('crm.service.ticket.replied', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      commentId: comment.id,
      visibility: comment.visibility,
      authorKind: comment.authorKind,
      authorUserId: comment.authorUserId,
      firstResponse,
      repliedAt: comment.createdAt.toISOString(),
    },
  });
}

export function ticketResolved(ticket: Ticket, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.resolved', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      queueId: ticket.queueId,
      assigneeId: ticket.assigneeId,
      category: ticket.category,
      requesterContactId: ticket.requesterContactId,
      resolution: ticket.resolution,
      openedAt: ticket.createdAt.toISOString(),
      firstRespondedAt: iso(ticket.firstRespondedAt),
      resolvedAt: (ticket.resolvedAt ?? ticket.updatedAt).toISOString(),
    },
  });
}

export function ticketReopened(ticket: Ticket, line: TicketStatusChange, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.reopened', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      queueId: ticket.queueId,
      actorId: line.actorId,
      reason: line.reason,
      reopenedAt: line.changedAt.toISOString(),
    },
  });
}

export function ticketClosed(ticket: Ticket, line: TicketStatusChange, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.closed', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      queueId: ticket.queueId,
      actorId: line.actorId,
      mergedIntoTicketId: ticket.mergedIntoId,
      reason: line.reason,
      closedAt: line.changedAt.toISOString(),
    },
  });
}

export function complaintClosed(ticket: Ticket, origin: EventOrigin) {
  return buildEvent('crm.service.complaint.closed', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      number: ticket.number,
      customerId: ticket.customerId,
      queueId: ticket.queueId,
      severity: ticket.severity ?? 'MINOR',
      rootCause: ticket.rootCause ?? '',
      correctiveAction: ticket.correctiveAction ?? '',
      openedAt: ticket.createdAt.toISOString(),
      closedAt: (ticket.closedAt ?? ticket.updatedAt).toISOString(),
    },
  });
}
