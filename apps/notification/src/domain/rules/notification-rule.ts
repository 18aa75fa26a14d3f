import type { CloudEventOf, EventType } from '@crm/events';
import type { NotificationPlan } from '../notification-plan';

/** Who is told of one event type, and what: a pure function of the event. */
export interface NotificationRule<T extends EventType> {
  eventType: T;
  plan(event: CloudEventOf<T>): NotificationPlan;
}
