import type { Audience } from './audience';
import type { NotificationMessage } from './notification-message';

/** A rule's verdict on one event: what to say, and to whom. No audience: nobody is told. */
export interface NotificationPlan {
  message: NotificationMessage;
  audience: Audience[];
}
