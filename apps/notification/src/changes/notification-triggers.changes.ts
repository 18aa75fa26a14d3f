import type { EntityManager } from 'typeorm';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { splitAudience } from '../domain/audience-resolution';
import type { NotificationPlan } from '../domain/notification-plan';
import { directoryOf } from '../data/directory.repository';
import { NotificationTrigger } from '../data/notification-trigger.entity';
import { deliverNotification, type NotificationSource } from './notification-delivery.changes';
import type { NotificationRuntime } from './notification-runtime';

/** Triggers retried per projection change; more wait for the next change to their rows. */
const RETRY_BATCH = 200;

/**
 * Every handler that reads or writes who-is-who takes this lock first: partitions are applied side
 * by side, and without it an event could miss the projection row committed while it was being
 * resolved, and the row's handler could miss the trigger not yet committed, losing the notification.
 */
async function lockDirectory(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('notification.directory'))`);
}

/**
 * Tells the plan's audience what happened: those the projections know now at once; the rest is
 * kept as a trigger and told when the projection rows it waits for arrive.
 */
export function notifyOf(
  scope: ChangeScope,
  runtime: NotificationRuntime,
  plan: NotificationPlan,
  source: NotificationSource,
): Promise<void> {
  return runChange(scope, async (change) => {
    await lockDirectory(change.manager);
    const { recipients, unresolved, waitingFor } = await splitAudience(
      plan.audience,
      directoryOf(change.manager),
    );
    await deliverNotification(change, runtime, plan.message, source, recipients);
    if (unresolved.length === 0) return;
    await change.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationTrigger)
      .values({
        sourceEventId: source.eventId,
        kind: plan.message.kind,
        message: plan.message,
        audience: unresolved,
        waitingFor,
        occurredAt: source.occurredAt,
        receivedAt: new Date(),
      })
      .orIgnore()
      .execute();
  });
}

/**
 * Applies a projection change to the rows `touched` (user, team or customer ids), then tells whoever
 * the triggers waiting for those rows now resolve to.
 */
export function updateDirectory(
  scope: ChangeScope,
  runtime: NotificationRuntime,
  touched: string[],
  write: (manager: EntityManager) => Promise<void>,
): Promise<void> {
  return runChange(scope, async (change) => {
    await lockDirectory(change.manager);
    await write(change.manager);
    const directory = directoryOf(change.manager);
    const waiting = await change.manager
      .getRepository(NotificationTrigger)
      .createQueryBuilder('t')
      .where('t.waiting_for && CAST(:touched AS uuid[])', { touched: touched.map((id) => id.toLowerCase()) })
      .orderBy('t.received_at', 'ASC')
      .limit(RETRY_BATCH)
      .getMany();
    for (const trigger of waiting) {
      const { recipients, unresolved, waitingFor } = await splitAudience(trigger.audience, directory);
      const source = { eventId: trigger.sourceEventId, occurredAt: trigger.occurredAt };
      await deliverNotification(change, runtime, trigger.message, source, recipients);
      if (unresolved.length === 0) await change.manager.delete(NotificationTrigger, trigger.sourceEventId);
      else
        await change.manager.update(NotificationTrigger, trigger.sourceEventId, {
          audience: unresolved,
          waitingFor,
        });
    }
  });
}
