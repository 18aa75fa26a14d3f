import { isTransientMailError } from '@crm/mail';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Notification } from '../data/notification.entity';
import { NotificationUser } from '../data/notification-user.entity';
import { digestMail } from '../mail/notification-mail';
import type { NotificationMailer } from '../mail/notification-mailer';

/** Notifications in one digest at most; more go in the next one. */
const DIGEST_LIMIT = 200;

/**
 * Mails one recipient the notifications still due by mail (those of digest readers, and any whose
 * own mail failed) as one summary, and marks them mailed in the same transaction: a rerun of the
 * job finds nothing left. Rows another run holds are skipped, not waited for.
 */
export function mailDigestTo(
  scope: ChangeScope,
  mailer: NotificationMailer,
  recipientId: string,
  now: Date,
): Promise<number> {
  return runChange(scope, async (change) => {
    const due = await change.manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where(
        'n.recipient_id = :recipientId AND n.email_due AND n.emailed_at IS NULL AND n.created_at <= :now',
        {
          recipientId,
          now,
        },
      )
      .orderBy('n.created_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .limit(DIGEST_LIMIT)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    if (due.length === 0) return 0;
    const recipient = await change.manager.findOneBy(NotificationUser, { id: recipientId });
    if (!recipient?.email || recipient.deactivatedAt) return 0;
    const digestId = `${recipientId}-${now.toISOString().slice(0, 10)}-${due[0].id}`;
    try {
      await mailer.sender.send(
        digestMail(due, { name: recipient.name, email: recipient.email }, mailer, digestId),
      );
    } catch (error) {
      if (isTransientMailError(error)) throw error; // the job runs again with the next slot
      mailer.logger.error({ err: error, recipientId }, 'the relay refused a digest; not retried');
    }
    await change.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ emailedAt: now })
      .whereInIds(due.map((notification) => notification.id))
      .execute();
    return due.length;
  });
}
