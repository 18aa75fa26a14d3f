import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { LargeDealThreshold } from '../data/large-deal-threshold.entity';

/** The amount from which a deal in `currency` is a large deal, created or replaced. */
export function setLargeDealThreshold(
  scope: ChangeScope,
  { currency, amount }: { currency: string; amount: string },
): Promise<LargeDealThreshold> {
  return runChange(scope, async (change) => {
    const before = await change.manager.findOne(LargeDealThreshold, {
      where: { currency },
      lock: { mode: 'pessimistic_write' },
    });
    const after = Object.assign(new LargeDealThreshold(), {
      id: before?.id ?? newId(),
      currency,
      amount,
      updatedAt: new Date(),
      updatedBy: change.caller.userId,
    });
    await change.manager.save(LargeDealThreshold, after);
    change.audit({
      action: 'setLargeDealThreshold',
      entityType: 'LargeDealThreshold',
      entityId: after.id,
      before: before ? { currency, amount: before.amount } : null,
      after: { currency, amount },
    });
    return after;
  });
}
