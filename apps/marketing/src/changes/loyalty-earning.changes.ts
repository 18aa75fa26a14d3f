import { LessThanOrEqual, MoreThanOrEqual, type EntityManager } from 'typeorm';
import Decimal from 'decimal.js';
import { newId } from '@crm/db';
import type { EventPayload } from '@crm/events';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { LoyaltyCampaignBonus } from '../data/loyalty-campaign-bonus.entity';
import { LoyaltyLedgerEntry } from '../data/loyalty-ledger-entry.entity';
import { LoyaltyMember } from '../data/loyalty-member.entity';
import { LoyaltyProgramme } from '../data/loyalty-programme.entity';
import { campaignMultiplierAt } from '../domain/campaign-bonus';
import { lotExpiry, pointsForPayment } from '../domain/loyalty-points';
import { loyaltyPointsEarned } from '../events/loyalty.events';
import { enrolInChange, programmeOf } from './loyalty-member.changes';
import { writeMemberTotals } from './loyalty-standing';

/** The oldest programme that enrols customers on their first payment, if any. */
const autoEnrollingProgramme = (manager: EntityManager) =>
  manager.findOne(LoyaltyProgramme, { where: { autoEnroll: true }, order: { createdAt: 'ASC', id: 'ASC' } });

/** The customer's membership, locked; enrolled now if a programme enrols payers automatically. */
async function memberToCredit(change: Change, customerId: string, at: Date): Promise<LoyaltyMember | null> {
  const member = await change.manager.findOne(LoyaltyMember, {
    where: { customerId },
    lock: { mode: 'pessimistic_write' },
  });
  if (member) return member;
  const programme = await autoEnrollingProgramme(change.manager);
  if (!programme) return null;
  return enrolInChange(change, { programmeId: programme.id, customerId, at, automatic: true });
}

/** The programme's campaign multiplier for a payment received at `at` (loyalty_campaign_bonuses_window). */
async function campaignMultiplierOf(manager: EntityManager, programmeId: string, at: Date): Promise<string> {
  const day = at.toISOString().slice(0, 10);
  const bonuses = await manager.find(LoyaltyCampaignBonus, {
    where: { programmeId, startsOn: LessThanOrEqual(day), endsOn: MoreThanOrEqual(day) },
  });
  return campaignMultiplierAt(bonuses, at);
}

/** A new lot (or a zero line saying why nothing was earned) in the member's ledger. */
export function ledgerLine(
  member: LoyaltyMember,
  fields: Partial<LoyaltyLedgerEntry> &
    Pick<LoyaltyLedgerEntry, 'kind' | 'points' | 'balanceAfter' | 'occurredAt'>,
): LoyaltyLedgerEntry {
  return Object.assign(new LoyaltyLedgerEntry(), {
    id: newId(),
    memberId: member.id,
    remaining: 0,
    paymentId: null,
    referralId: null,
    amount: null,
    currency: null,
    multiplier: null,
    campaignMultiplier: null,
    reason: null,
    expiresAt: null,
    ...fields,
  });
}

/**
 * Points for a payment (issue 13 §5), exactly once per payment: the ledger is unique by payment id,
 * so a redelivered or replayed event finds its line and changes nothing. A payment in another
 * currency earns nothing and says why in the history.
 */
export function earnPointsForPayment(
  scope: ChangeScope,
  payment: EventPayload<'crm.sales.payment.received'>,
): Promise<void> {
  return runChange(scope, async (change) => {
    const at = new Date(payment.receivedAt);
    const member = await memberToCredit(change, payment.customerId, at);
    if (!member) return;
    if (await change.manager.existsBy(LoyaltyLedgerEntry, { paymentId: payment.paymentId })) return;
    const programme = await programmeOf(change.manager, member);
    const level = programme.levels.find((candidate) => candidate.name === member.level) ?? null;
    const earning = pointsForPayment(
      programme,
      level,
      payment,
      await campaignMultiplierOf(change.manager, programme.id, at),
    );
    const balance = member.balance + earning.points;
    const lot = ledgerLine(member, {
      kind: earning.noPointsReason ? 'NOT_EARNED' : 'EARNED',
      points: earning.points,
      remaining: earning.points,
      balanceAfter: balance,
      paymentId: payment.paymentId,
      amount: payment.amount,
      currency: payment.currency,
      multiplier: earning.multiplier,
      campaignMultiplier: earning.campaignMultiplier,
      reason: earning.noPointsReason,
      occurredAt: at,
      expiresAt: earning.points > 0 ? lotExpiry(at, programme.pointsExpiryMonths) : null,
    });
    await change.manager.insert(LoyaltyLedgerEntry, lot);
    if (earning.noPointsReason && payment.currency !== programme.currency) return;
    const after = await writeMemberTotals(
      change,
      member,
      programme,
      {
        balance,
        lifetimePoints: member.lifetimePoints + earning.points,
        lifetimeSpend: new Decimal(member.lifetimeSpend).plus(payment.amount).toFixed(),
      },
      { at, action: 'earnLoyaltyPoints' },
    );
    if (earning.points > 0) change.publish(loyaltyPointsEarned(after, lot, change.origin));
  });
}
