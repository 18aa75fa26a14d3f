import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { LoyaltyLedgerEntry } from '../data/loyalty-ledger-entry.entity';
import { LoyaltyMember } from '../data/loyalty-member.entity';
import { expiredLotsOf } from '../data/loyalty-ledger.repository';
import { loyaltyPointsExpired } from '../events/loyalty.events';
import { ledgerLine } from './loyalty-earning.changes';
import { programmeOf } from './loyalty-member.changes';
import { writeMemberTotals } from './loyalty-standing';

/**
 * Expires what is left of the member's lots past their date (FIFO lots: each lot keeps its own
 * date). Idempotent: an expired lot has nothing left, so a rerun of the job finds nothing.
 * Returns the points expired.
 */
export function expireMemberPoints(scope: ChangeScope, memberId: string, now: Date): Promise<number> {
  return runChange(scope, async (change) => {
    const member = await change.lock(LoyaltyMember, memberId);
    const lots = await expiredLotsOf(change.manager, [member.id], now);
    if (lots.length === 0) return 0;
    let balance = member.balance;
    for (const lot of lots) {
      balance -= lot.remaining;
      await change.manager.update(LoyaltyLedgerEntry, { id: lot.id }, { remaining: 0 });
      await change.manager.insert(
        LoyaltyLedgerEntry,
        ledgerLine(member, {
          kind: 'EXPIRED',
          points: -lot.remaining,
          balanceAfter: balance,
          occurredAt: now,
        }),
      );
    }
    const points = member.balance - balance;
    const programme = await programmeOf(change.manager, member);
    const after = await writeMemberTotals(
      change,
      member,
      programme,
      { balance, expiredPoints: member.expiredPoints + points },
      { at: now, action: 'expireLoyaltyPoints' },
    );
    change.publish(loyaltyPointsExpired(after, points, now, change.origin));
    return points;
  });
}
