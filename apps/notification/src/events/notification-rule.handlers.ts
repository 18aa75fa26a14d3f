import type { AnyCloudEvent } from '@crm/events';
import type { EventHandlers, HandlerOf } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { notifyOf } from '../changes/notification-triggers.changes';
import type { NotificationRuntime } from '../changes/notification-runtime';
import { NOTIFICATION_RULES, planFor } from '../domain/notification-rules';

/** One handler per event type a rule tells someone of (domain/notification-rules.ts). */
export function notificationRuleHandlers(runtime: NotificationRuntime): EventHandlers {
  const handle: HandlerOf = async (event: AnyCloudEvent, manager) => {
    const plan = planFor(event);
    if (!plan || plan.audience.length === 0) return;
    await notifyOf(scopeOfEvent('notification', manager, event), runtime, plan, {
      eventId: event.id,
      occurredAt: new Date(event.time),
    });
  };
  return Object.fromEntries(NOTIFICATION_RULES.map((rule) => [rule.eventType, handle])) as EventHandlers;
}
