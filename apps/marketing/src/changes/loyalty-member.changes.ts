import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { LoyaltyLedgerEntry } from '../data/loyalty-ledger-entry.entity';
import { LoyaltyMember } from '../data/loyalty-member.entity';
import { LoyaltyProgramme } from '../data/loyalty-programme.entity';
import { openLotsOf } from '../data/loyalty-ledger.repository';
import { levelOf, redeemFromLots } from '../domain/loyalty-points';
import { newReferralCode } from '../domain/referral-rules';
import { loyaltyLevelChanged, loyaltyMemberEnrolled, loyaltyPointsRedeemed } from '../events/loyalty.events';
import { writeMemberTotals } from './loyalty-standing';

export interface Enrolment {
  programmeId: string;
  customerId: string;
  at: Date;
  /** True when a payment enrolled the customer (the programme's autoEnroll). */
  automatic: boolean;
}

/** The programme a member belongs to (the foreign key guarantees it exists). */
export const programmeOf = (manager: EntityManager, member: LoyaltyMember) =>
  manager.findOneByOrFail(LoyaltyProgramme, { id: member.programmeId });

/** Inside a change: the new member with a fresh referral code, at the level zero points give. */
export async function enrolInChange(change: Change, enrolment: Enrolment): Promise<LoyaltyMember> {
  const programme = await change.manager.findOneBy(LoyaltyProgramme, { id: enrolment.programmeId });
  if (!programme) throw notFound('LoyaltyProgramme', enrolment.programmeId, 'programmeId');
  const existing = await change.manager.findOneBy(LoyaltyMember, { customerId: enrolment.customerId });
  if (existing) {
    throw badUserInput('customerId', `is already a member of loyalty programme ${existing.programmeId}`);
  }
  const level = levelOf(programme, { qualifyingPoints: 0, lifetimeSpend: '0' });
  const member = Object.assign(new LoyaltyMember(), {
    id: newId(),
    programmeId: programme.id,
    customerId: enrolment.customerId,
    referralCode: newReferralCode(),
    balance: 0,
    lifetimePoints: 0,
    expiredPoints: 0,
    lifetimeSpend: '0',
    level: level?.name ?? null,
    enrolledAt: enrolment.at,
    updatedAt: enrolment.at,
    version: 1,
  });
  await change.insert(LoyaltyMember, member, { action: 'enrollCustomer' });
  change.publish(loyaltyMemberEnrolled(member, enrolment.automatic, change.origin));
  if (level) {
    const discount = {
      previousLevel: null,
      quoteDiscountPercent: level.quoteDiscountPercent,
      at: enrolment.at,
    };
    change.publish(loyaltyLevelChanged(member, discount, change.origin));
  }
  return member;
}

/** enrollCustomer: one membership per customer; the programme must exist. */
export function enrollCustomer(scope: ChangeScope, enrolment: Enrolment): Promise<LoyaltyMember> {
  return runChange(scope, (change) => enrolInChange(change, enrolment));
}

export interface Redemption {
  memberId: string;
  points: number;
  reason: string;
  at: Date;
  /** The member's version as the caller read it; CONFLICT when it moved on. */
  version?: number | null;
}

/** Redeems points from the oldest lots first; never more than the balance (BAD_USER_INPUT on `points`). */
export function redeemPoints(scope: ChangeScope, redemption: Redemption): Promise<LoyaltyMember> {
  return runChange(scope, async (change) => {
    const member = await change.lock(LoyaltyMember, redemption.memberId, {
      field: 'memberId',
      version: redemption.version,
    });
    const lots = await openLotsOf(change.manager, member.id);
    const uses = redeemFromLots(lots, redemption.points, 'points');
    for (const use of uses) {
      await change.manager.decrement(LoyaltyLedgerEntry, { id: use.lotId }, 'remaining', use.used);
    }
    const balance = member.balance - redemption.points;
    await change.manager.insert(
      LoyaltyLedgerEntry,
      Object.assign(new LoyaltyLedgerEntry(), {
        id: newId(),
        memberId: member.id,
        kind: 'REDEEMED',
        points: -redemption.points,
        remaining: 0,
        balanceAfter: balance,
        paymentId: null,
        referralId: null,
        amount: null,
        currency: null,
        multiplier: null,
        reason: redemption.reason,
        occurredAt: redemption.at,
        expiresAt: null,
      }),
    );
    const programme = await programmeOf(change.manager, member);
    const after = await writeMemberTotals(
      change,
      member,
      programme,
      { balance },
      {
        at: redemption.at,
        action: 'redeemPoints',
      },
    );
    change.publish(loyaltyPointsRedeemed(after, redemption, change.origin));
    return after;
  });
}
