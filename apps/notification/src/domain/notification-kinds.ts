import { NOTIFICATION_KINDS, type NotificationChannelName, type NotificationKindName } from '@crm/events';

export { NOTIFICATION_KINDS };

/**
 * How each kind reaches a user who has not chosen: what needs action today by email too (a large
 * deal, a breached SLA, a customer about to leave), the routine in the inbox only.
 */
export const DEFAULT_CHANNELS: Record<NotificationKindName, NotificationChannelName> = {
  LEAD_ASSIGNED: 'IN_APP',
  LARGE_DEAL_DETECTED: 'BOTH',
  ACTIVITY_REMINDER_DUE: 'IN_APP',
  CONTRACT_RENEWAL_DUE: 'BOTH',
  ORDER_OVERDUE: 'BOTH',
  TICKET_ASSIGNED: 'IN_APP',
  TICKET_SLA_WARNING: 'IN_APP',
  TICKET_SLA_BREACHED: 'BOTH',
  CHURN_RISK_DETECTED: 'BOTH',
};
