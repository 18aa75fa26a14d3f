import { messageIdOn, type OutgoingMail } from '@crm/mail';
import type { Notification } from '../data/notification.entity';

export interface MailRecipient {
  name: string | null;
  email: string;
}

const addressOf = ({ name, email }: MailRecipient) => (name ? { name, address: email } : email);

const linkLine = (notification: Notification) =>
  `About: ${notification.subjectType} ${notification.subjectId} (ask the graph for it by this id).`;

/** One notification as one mail; its Message-ID is made from the notification, so a resend is recognisable. */
export function notificationMail(
  notification: Notification,
  recipient: MailRecipient,
  settings: { from: string; messageIdDomain: string },
): OutgoingMail {
  return {
    from: settings.from,
    to: addressOf(recipient),
    subject: notification.title,
    text: `${notification.body}\n\n${linkLine(notification)}\n`,
    messageId: messageIdOn(settings.messageIdDomain, `notification-${notification.id}`),
  };
}

/** The day's notifications as one summary mail, oldest first. */
export function digestMail(
  notifications: Notification[],
  recipient: MailRecipient,
  settings: { from: string; messageIdDomain: string },
  digestId: string,
): OutgoingMail {
  const entries = notifications.map(
    (notification) =>
      `- ${notification.title} (${notification.createdAt.toISOString()})\n  ${notification.body}\n  ${linkLine(notification)}`,
  );
  return {
    from: settings.from,
    to: addressOf(recipient),
    subject: `Your CRM digest: ${notifications.length} notification${notifications.length === 1 ? '' : 's'}`,
    text: `${entries.join('\n\n')}\n`,
    messageId: messageIdOn(settings.messageIdDomain, `digest-${digestId}`),
  };
}
