import type { NotificationRule } from './notification-rule';
import { ticketAudience } from './ticket-audience';

/** The new assignee and the queue's manager hear of an assignment (or a move to another queue). */
export const ticketAssignedRule: NotificationRule<'crm.service.ticket.assigned'> = {
  eventType: 'crm.service.ticket.assigned',
  plan: ({ data }) => ({
    message: {
      kind: 'TICKET_ASSIGNED',
      subjectType: 'Ticket',
      subjectId: data.ticketId,
      title: data.assigneeId ? 'A ticket was assigned' : 'A ticket is waiting in the queue',
      body: data.assigneeId
        ? `A ticket was assigned (${data.rule.toLowerCase().replaceAll('_', ' ')}).`
        : 'A ticket went back to its queue without an assignee.',
    },
    audience: ticketAudience(data.assigneeId, data.queueId),
  }),
};
