import Decimal from 'decimal.js';
import { In } from 'typeorm';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { LoyaltyMember } from '../data/loyalty-member.entity';
import { programmeOf } from './loyalty-member.changes';
import { writeMemberTotals } from './loyalty-standing';

/**
 * customer.merged: the survivor takes the merged customers' points. Their ledgers move to the
 * survivor's membership (or the first merged membership becomes the survivor's), totals add up,
 * and the level is recomputed. A replay finds no merged membership left and changes nothing.
 */
export function mergeLoyaltyMembers(
  scope: ChangeScope,
  {
    customerId,
    mergedCustomerIds,
    mergedAt,
  }: { customerId: string; mergedCustomerIds: string[]; mergedAt: string },
): Promise<void> {
  const mergedIds = mergedCustomerIds.filter((id) => id !== customerId);
  return runChange(scope, async (change) => {
    const members = await change.manager.find(LoyaltyMember, {
      where: { customerId: In([customerId, ...mergedIds]) },
      order: { enrolledAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const folded = members.filter((member) => member.customerId !== customerId);
    if (folded.length === 0) return;
    const target = members.find((member) => member.customerId === customerId) ?? folded.shift()!;
    for (const member of folded) {
      await change.manager.query('UPDATE loyalty_ledger SET member_id = $1 WHERE member_id = $2', [
        target.id,
        member.id,
      ]);
      await change.manager.delete(LoyaltyMember, { id: member.id });
    }
    const sum = (pick: (member: LoyaltyMember) => number) =>
      [target, ...folded].reduce((total, member) => total + pick(member), 0);
    const programme = await programmeOf(change.manager, target);
    await writeMemberTotals(
      change,
      target,
      programme,
      {
        customerId,
        balance: sum((member) => member.balance),
        lifetimePoints: sum((member) => member.lifetimePoints),
        expiredPoints: sum((member) => member.expiredPoints),
        lifetimeSpend: folded
          .reduce((spend, member) => spend.plus(member.lifetimeSpend), new Decimal(target.lifetimeSpend))
          .toFixed(),
      },
      { at: new Date(mergedAt), action: 'mergeLoyaltyMembers' },
    );
  });
}

/**
 * customer.erased: the history stays as numbers (points, amounts, dates); the free text that may
 * carry personal data (redemption reasons) goes.
 */
export function eraseLoyaltyHistory(scope: ChangeScope, customerId: string): Promise<void> {
  return runChange(scope, async ({ manager }) => {
    await manager.query(
      `UPDATE loyalty_ledger SET reason = NULL
        WHERE reason IS NOT NULL AND member_id IN (SELECT id FROM loyalty_members WHERE customer_id = $1)`,
      [customerId],
    );
  });
}
