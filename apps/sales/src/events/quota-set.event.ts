import { buildEvent, type EventOrigin } from '@crm/events';
import type { Quota } from '../data/quota.entity';
import { parseQuotaPeriod } from '../domain/quota-period';

/** quota.set: the target as it now is, so analytics can report attainment against it. */
export function quotaSet(quota: Quota, origin: EventOrigin) {
  const period = parseQuotaPeriod(quota.period);
  return buildEvent('crm.sales.quota.set', {
    subject: quota.id,
    ...origin,
    data: {
      quotaId: quota.id,
      userId: quota.userId,
      teamId: quota.teamId,
      period: period.code,
      periodKind: period.kind,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      targetAmount: quota.targetAmount,
      currency: quota.currency,
      version: quota.version,
      setAt: quota.updatedAt.toISOString(),
    },
  });
}
