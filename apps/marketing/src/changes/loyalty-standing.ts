import type { Change } from '@crm/subgraph-kit';
import { LoyaltyMember } from '../data/loyalty-member.entity';
import type { LoyaltyProgramme } from '../data/loyalty-programme.entity';
import { levelOf } from '../domain/loyalty-points';
import { loyaltyLevelChanged } from '../events/loyalty.events';

export type MemberTotals = Partial<
  Pick<LoyaltyMember, 'balance' | 'lifetimePoints' | 'expiredPoints' | 'lifetimeSpend' | 'customerId'>
>;

/**
 * Writes a member's new totals with the level they give (recomputed after every change) and
 * publishes loyalty.level_changed when the level moved, or when the membership moved to a merge's
 * survivor (sales then keeps the discount under the survivor's id).
 */
export async function writeMemberTotals(
  change: Change,
  member: LoyaltyMember,
  programme: LoyaltyProgramme,
  totals: MemberTotals,
  { at, action }: { at: Date; action: string },
): Promise<LoyaltyMember> {
  const next = { ...member, ...totals };
  const level = levelOf(programme, {
    qualifyingPoints: next.lifetimePoints - next.expiredPoints,
    lifetimeSpend: next.lifetimeSpend,
  });
  const after = await change.update(
    LoyaltyMember,
    member,
    { ...totals, level: level?.name ?? null, updatedAt: at },
    { action },
  );
  if (after.level !== member.level || after.customerId !== member.customerId) {
    const quoteDiscountPercent = level?.quoteDiscountPercent ?? '0';
    change.publish(
      loyaltyLevelChanged(after, { previousLevel: member.level, quoteDiscountPercent, at }, change.origin),
    );
  }
  return after;
}
