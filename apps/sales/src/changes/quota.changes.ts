import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import type { Quota } from '../data/quota.entity';
import { upsertQuota } from '../data/quota.repository';
import type { QuotaHolder } from '../domain/quota-holder';
import type { QuotaPeriod } from '../domain/quota-period';
import { quotaSet } from '../events/quota-set.event';

/** Creates or replaces one holder's target for one period. */
export function setQuota(
  scope: ChangeScope,
  input: { holder: QuotaHolder; period: QuotaPeriod; target: { amount: string; currency: string } },
): Promise<Quota> {
  return runChange(scope, async (change) => {
    const { before, after } = await upsertQuota(change.manager, input.holder, input.period, input.target);
    change.audit({ action: 'setQuota', entityType: 'Quota', entityId: after.id, before, after });
    change.publish(quotaSet(after, change.origin));
    return after;
  });
}
