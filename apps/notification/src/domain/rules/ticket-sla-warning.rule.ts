import type { NotificationRule } from './notification-rule';
import { ticketAudience } from './ticket-audience';

/** The assignee and the queue's manager hear when an SLA target is at risk. */
export const ticketSlaWarningRule: NotificationRule<'crm.service.ticket.sla_warning'> = {
  eventType: 'crm.service.ticket.sla_warning',
  plan: ({ data }) => ({
    message: {
      kind: 'TICKET_SLA_WARNING',
      subjectType: 'Ticket',
      subjectId: data.ticketId,
      title: `SLA at risk: ${data.target.toLowerCase().replaceAll('_', ' ')}`,
      body: `A ${data.priority} ticket's ${data.target.toLowerCase().replaceAll('_', ' ')} target is due at ${data.dueAt} (${data.remainingMinutes} business minutes left).`,
    },
    audience: ticketAudience(data.assigneeId, data.queueId),
  }),
};
