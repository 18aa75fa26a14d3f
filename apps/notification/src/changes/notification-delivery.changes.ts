import { isTransientMailError } from '@crm/mail';
import { newId } from '@crm/db';
import type { Change } from '@crm/subgraph-kit';
import { deliveryOf, NO_PREFERENCES } from '../domain/delivery';
import type { NotificationMessage } from '../domain/notification-message';
import { Notification } from '../data/notification.entity';
import { NotificationPreferences } from '../data/notification-preferences.entity';
import { NotificationUser } from '../data/notification-user.entity';
import { notificationCreated } from '../events/notification.events';
import type { FeedSignal } from '../feed/feed-channel';
import { notificationMail } from '../mail/notification-mail';
import type { NotificationRuntime } from './notification-runtime';

export interface NotificationSource {
  eventId: string;
  occurredAt: Date;
}

/**
 * Puts one notification in each recipient's inbox, once per event, recipient and kind (the
 * unique key makes a redelivery or a second resolution a no-op), by their preferences: announced
 * to live feeds at commit (NOTIFY is transactional) and mailed at once unless they take the digest.
 */
export async function deliverNotification(
  change: Change,
  runtime: NotificationRuntime,
  message: NotificationMessage,
  source: NotificationSource,
  recipients: string[],
): Promise<Notification[]> {
  const delivered: Notification[] = [];
  for (const recipientId of recipients) {
    const notification = await deliverTo(change, runtime, message, source, recipientId);
    if (notification) delivered.push(notification);
  }
  return delivered;
}

async function deliverTo(
  change: Change,
  runtime: NotificationRuntime,
  message: NotificationMessage,
  source: NotificationSource,
  recipientId: string,
): Promise<Notification | null> {
  const preferences =
    (await change.manager.findOneBy(NotificationPreferences, { id: recipientId })) ?? NO_PREFERENCES;
  const delivery = deliveryOf(message.kind, preferences);
  const notification = Object.assign(new Notification(), {
    id: newId(),
    recipientId,
    ...message,
    sourceEventId: source.eventId,
    inApp: delivery.inApp,
    readAt: null,
    emailDue: delivery.emailDue,
    emailedAt: null,
    createdAt: source.occurredAt,
    version: 1,
  });
  const inserted = await change.manager
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values(notification)
    .orIgnore()
    .returning(['id'])
    .execute();
  if (inserted.raw.length === 0) return null;
  change.publish(notificationCreated(notification, change.origin));
  if (delivery.inApp) await announce(change, runtime, { recipientId, notificationId: notification.id });
  if (delivery.emailNow) await mailNow(change, runtime, notification);
  return notification;
}

async function announce(change: Change, runtime: NotificationRuntime, signal: FeedSignal): Promise<void> {
  await change.manager.query('SELECT pg_notify($1, $2)', [runtime.feedChannel, JSON.stringify(signal)]);
}

/**
 * Mails one notification inside the event's transaction, like the service's reply mails: a failure
 * leaves `emailed_at` empty for the digest job to take, so a relay outage never stops the inbox.
 */
async function mailNow(
  change: Change,
  runtime: NotificationRuntime,
  notification: Notification,
): Promise<void> {
  const { mailer } = runtime;
  if (!mailer) return;
  const recipient = await change.manager.findOneBy(NotificationUser, { id: notification.recipientId });
  if (!recipient?.email) return;
  try {
    await mailer.sender.send(
      notificationMail(notification, { name: recipient.name, email: recipient.email }, mailer),
    );
  } catch (error) {
    mailer.logger.warn(
      { err: error, notificationId: notification.id, transient: isTransientMailError(error) },
      'a notification mail was not sent; the digest job sends it later',
    );
    return;
  }
  notification.emailedAt = new Date();
  await change.manager.update(Notification, notification.id, { emailedAt: notification.emailedAt });
}
