import type { NotificationMailer } from '../mail/notification-mailer';

/** What delivering a notification needs besides the database: the mail relay and the feed's channel. */
export interface NotificationRuntime {
  /** Null: this process sends no mail. */
  mailer: NotificationMailer | null;
  feedChannel: string;
}
