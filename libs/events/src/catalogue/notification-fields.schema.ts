/** The vocabularies notification events carry, as the notification subgraph's SDL names them. */
export const NOTIFICATION_KINDS = [
  'LEAD_ASSIGNED',
  'LARGE_DEAL_DETECTED',
  'ACTIVITY_REMINDER_DUE',
  'CONTRACT_RENEWAL_DUE',
  'ORDER_OVERDUE',
  'TICKET_ASSIGNED',
  'TICKET_SLA_WARNING',
  'TICKET_SLA_BREACHED',
  'CHURN_RISK_DETECTED',
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND = { type: 'string', enum: NOTIFICATION_KINDS } as const;

/** The graph's entity a notification links to (its `subject`). */
export const NOTIFICATION_SUBJECT_TYPES = [
  'Lead',
  'Opportunity',
  'Activity',
  'Contract',
  'Order',
  'Ticket',
  'Customer',
] as const;
export type NotificationSubjectTypeName = (typeof NOTIFICATION_SUBJECT_TYPES)[number];
export const NOTIFICATION_SUBJECT_TYPE = { type: 'string', enum: NOTIFICATION_SUBJECT_TYPES } as const;

export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL', 'BOTH'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];
export const NOTIFICATION_CHANNEL = { type: 'string', enum: NOTIFICATION_CHANNELS } as const;
