import { userAudience } from '../audience';
import type { NotificationRule } from './notification-rule';

/** A lead's new owner hears of it, whether a rule or a person chose them. */
export const leadAssignedRule: NotificationRule<'crm.sales.lead.assigned'> = {
  eventType: 'crm.sales.lead.assigned',
  plan: ({ data }) => ({
    message: {
      kind: 'LEAD_ASSIGNED',
      subjectType: 'Lead',
      subjectId: data.leadId,
      title: 'A lead was assigned to you',
      body: data.ruleId
        ? 'An assignment rule made you the owner of a lead.'
        : 'You were made the owner of a lead.',
    },
    audience: userAudience(data.ownerId),
  }),
};
