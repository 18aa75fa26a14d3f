import { buildEvent, type EventOrigin } from '@crm/events';
import type { LifecycleChange } from '../data/lifecycle-change.entity';

export function lifecycleChanged(change: LifecycleChange, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.lifecycle_changed', {
    subject: change.customerId,
    ...origin,
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
