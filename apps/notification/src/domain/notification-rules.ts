import type { AnyCloudEvent, EventType } from '@crm/events';
import type { NotificationPlan } from './notification-plan';
import { activityReminderDueRule } from './rules/activity-reminder-due.rule';
import { churnRiskDetectedRule } from './rules/churn-risk-detected.rule';
import { contractRenewalDueRule } from './rules/contract-renewal-due.rule';
import { largeDealDetectedRule } from './rules/large-deal-detected.rule';
import { leadAssignedRule } from './rules/lead-assigned.rule';
import type { NotificationRule } from './rules/notification-rule';
import { orderOverdueRule } from './rules/order-overdue.rule';
import { ticketAssignedRule } from './rules/ticket-assigned.rule';
import { ticketSlaBreachedRule } from './rules/ticket-sla-breached.rule';
import { ticketSlaWarningRule } from './rules/ticket-sla-warning.rule';

/** Every event that tells someone something; adding a kind is one rule file and one line here. */
export const NOTIFICATION_RULES = [
  leadAssignedRule,
  largeDealDetectedRule,
  activityReminderDueRule,
  contractRenewalDueRule,
  orderOverdueRule,
  ticketAssignedRule,
  ticketSlaWarningRule,
  ticketSlaBreachedRule,
  churnRiskDetectedRule,
] as const;

const RULES_BY_TYPE = new Map<EventType, NotificationRule<EventType>>(
  NOTIFICATION_RULES.map((rule) => [rule.eventType, rule as unknown as NotificationRule<EventType>]),
);

/** The plan for an event, or null when no rule tells anyone of its type. */
export function planFor(event: AnyCloudEvent): NotificationPlan | null {
  return RULES_BY_TYPE.get(event.type)?.plan(event as never) ?? null;
}
