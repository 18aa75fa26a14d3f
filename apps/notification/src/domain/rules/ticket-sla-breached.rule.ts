import type { NotificationRule } from './notification-rule';
import { ticketAudience } from './ticket-audience';

/** The assignee and the queue's manager hear when an SLA target passed. */
export const ticketSlaBreachedRule: NotificationRule<'crm.service.ticket.sla_breached'> = {
  eventType: 'crm.service.ticket.sla_breached',
  plan: ({ data }) => ({
    message: {
      kind: 'TICKET_SLA_BREACHED',
      subjectType: 'Ticket',
      subjectId: data.ticketId,
      title: `SLA breached: ${data.target.toLowerCase().replaceAll('_', ' ')}`,
      body: `A ${data.priority} ticket missed its ${data.target.toLowerCase().replaceAll('_', ' ')} target, due at ${data.dueAt}.`,
    },
    audience: ticketAudience(data.assigneeId, data.queueId),
  }),
};
