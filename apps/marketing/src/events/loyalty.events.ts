import { buildEvent, type EventOrigin } from '@crm/events';
import type { LoyaltyLedgerEntry } from '../data/loyalty-ledger-entry.entity';
import type { LoyaltyMember } from '../data/loyalty-member.entity';
import type { LoyaltyProgramme } from '../data/loyalty-programme.entity';

const memberFields = (member: LoyaltyMember) => ({
  memberId: member.id,
  programmeId: member.programmeId,
  customerId: member.customerId,
});

export function loyaltyProgrammeCreated(programme: LoyaltyProgramme, origin: EventOrigin) {
  return buildEvent('crm.marketing.loyalty.programme_created', {
    subject: programme.id,
    ...origin,
    data: {
      programmeId: programme.id,
      name: programme.name,
      currency: programme.currency,
      pointsPerUnit: programme.pointsPerUnit,
      levelBasis: programme.levelBasis,
      levels: programme.levels,
      pointsExpiryMonths: programme.pointsExpiryMonths,
      autoEnroll: programme.autoEnroll,
      referralRewardPoints: programme.referralRewardPoints,
      createdAt: programme.createdAt.toISOString(),
    },
  });
}

export function loyaltyMemberEnrolled(member: LoyaltyMember, automatic: boolean, origin: EventOrigin) {
  return buildEvent('crm.marketing.loyalty.member_enrolled', {
    subject: member.id,
    ...origin,
    data: {
      ...memberFields(member),
      level: member.level,
      automatic,
      enrolledAt: member.enrolledAt.toISOString(),
    },
  });
}

/** A lot earned by a payment or a referral; `member` as it is after the earning. */
export function loyaltyPointsEarned(member: LoyaltyMember, lot: LoyaltyLedgerEntry, origin: EventOrigin) {
  return buildEvent('crm.marketing.loyalty.points_earned', {
    subject: member.id,
    ...origin,
    data: {
      ...memberFields(member),
      points: lot.points,
      source: lot.kind === 'REFERRAL_REWARD' ? 'REFERRAL' : 'PAYMENT',
      paymentId: lot.paymentId,
      referralId: lot.referralId,
      multiplier: lot.multiplier ?? '1',
      campaignMultiplier: lot.campaignMultiplier ?? '1',
      balance: member.balance,
      lifetimePoints: member.lifetimePoints,
      expiresAt: lot.expiresAt?.toISOString() ?? null,
      earnedAt: lot.occurredAt.toISOString(),
    },
  });
}

export function loyaltyPointsRedeemed(
  member: LoyaltyMember,
  redemption: { points: number; reason: string; at: Date },
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.loyalty.points_redeemed', {
    subject: member.id,
    ...origin,
    data: {
      ...memberFields(member),
      points: redemption.points,
      reason: redemption.reason,
      balance: member.balance,
      redeemedAt: redemption.at.toISOString(),
    },
  });
}

export function loyaltyPointsExpired(member: LoyaltyMember, points: number, at: Date, origin: EventOrigin) {
  return buildEvent('crm.marketing.loyalty.points_expired', {
    subject: member.id,
    ...origin,
    data: { ...memberFields(member), points, balance: member.balance, expiredAt: at.toISOString() },
  });
}

export function loyaltyLevelChanged(
  member: LoyaltyMember,
  change: { previousLevel: string | null; quoteDiscountPercent: string; at: Date },
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.loyalty.level_changed', {
    subject: member.id,
    ...origin,
    data: {
      ...memberFields(member),
      previousLevel: change.previousLevel,
      level: member.level,
      quoteDiscountPercent: change.quoteDiscountPercent,
      changedAt: change.at.toISOString(),
    },
  });
}
