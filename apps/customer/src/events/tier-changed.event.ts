import { buildEvent, type EventOrigin } from '@crm/events';
import type { TierChange } from '../data/tier-change.entity';
import { formatAmount } from '@crm/db';

export function tierChanged(change: TierChange, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.tier_changed', {
    subject: change.customerId,
    ...origin,
    data: {
      customerId: change.customerId,
      from: change.fromTier,
      to: change.toTier,
      reason: change.reason,
      source: change.source,
      actorId: change.actorId,
      causingEventId: change.causingEventId,
      revenue: formatAmount(change.revenue, change.currency),
      currency: change.currency,
      orderCount: change.orderCount,
      changedAt: change.createdAt.toISOString(),
    },
  });
}
