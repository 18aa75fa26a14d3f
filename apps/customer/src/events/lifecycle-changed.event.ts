import { buildEvent } from '@crm/events';
import type { LifecycleChange } from '../data/lifecycle-change.entity';

export function lifecycleChanged(change: LifecycleChange, correlationId: string) {
  return buildEvent('crm.customer.customer.lifecycle_changed', {
    subject: change.customerId,
    actor: change.actorId,
    correlationId,
    data: {
      customerId: change.customerId,
      from: change.fromStage,
      to: change.toStage,
      reason: change.reason,
      source: change.source,
      actorId: change.actorId,
      causingEventId: change.causingEventId,
      changedAt: change.createdAt.toISOString(),
    },
  });
}
