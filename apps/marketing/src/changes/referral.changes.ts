import { IsNull } from 'typeorm';
import { newId } from '@crm/db';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { LoyaltyLedgerEntry } from '../data/loyalty-ledger-entry.entity';
import { LoyaltyMember } from '../data/loyalty-member.entity';
import { ReferralCustomer } from '../data/referral-customer.entity';
import { Referral } from '../data/referral.entity';
import { referralPartiesOf } from '../data/referral.repository';
import { lotExpiry } from '../domain/loyalty-points';
import { normaliseReferralCode, referralRefusal } from '../domain/referral-rules';
import { loyaltyPointsEarned } from '../events/loyalty.events';
import { referralRecorded, referralRewarded } from '../events/referral.events';
import { ledgerLine } from './loyalty-earning.changes';
import { programmeOf } from './loyalty-member.changes';
import { writeMemberTotals } from './loyalty-standing';

/** Who owns the code: an enrolled customer, or nobody (an unknown code records nothing). */
async function referrerOf(change: Change, code: string): Promise<string | null> {
  const member = await change.manager.findOneBy(LoyaltyMember, { referralCode: normaliseReferralCode(code) });
  return member?.customerId ?? null;
}

/** The verdict on a referral whose referred customer is known: refused, or recorded. */
async function judge(change: Change, referral: Referral): Promise<Referral> {
  const parties = await referralPartiesOf(change.manager, [
    referral.referrerCustomerId,
    referral.referredCustomerId!,
  ]);
  const refusal = referralRefusal(
    parties(referral.referrerCustomerId),
    parties(referral.referredCustomerId!),
  );
  return Object.assign(referral, { status: refusal ? 'REFUSED' : 'RECORDED', refusal });
}

/**
 * Grants the referrer the programme's reward once the referred customer has paid (their first
 * payment): a REFERRAL_REWARD lot, unique by referral, and referral.rewarded. Nothing while the
 * customer has not paid or the referrer is no member any more.
 */
async function rewardIfPaid(change: Change, referral: Referral): Promise<void> {
  if (referral.status !== 'RECORDED' || referral.referredCustomerId === null) return;
  const referred = await change.manager.findOneBy(ReferralCustomer, {
    customerId: referral.referredCustomerId,
  });
  if (!referred?.firstPaymentId || !referred.firstPaidAt) return;
  const member = await change.manager.findOne(LoyaltyMember, {
    where: { customerId: referral.referrerCustomerId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!member) return;
  const programme = await programmeOf(change.manager, member);
  const at = referred.firstPaidAt;
  const points = programme.referralRewardPoints;
  const lot = ledgerLine(member, {
    kind: 'REFERRAL_REWARD',
    points,
    remaining: points,
    balanceAfter: member.balance + points,
    referralId: referral.id,
    multiplier: '1',
    campaignMultiplier: '1',
    occurredAt: at,
    expiresAt: points > 0 ? lotExpiry(at, programme.pointsExpiryMonths) : null,
  });
  await change.manager.insert(LoyaltyLedgerEntry, lot);
  const after = await writeMemberTotals(
    change,
    member,
    programme,
    { balance: member.balance + points, lifetimePoints: member.lifetimePoints + points },
    { at, action: 'rewardReferral' },
  );
  const rewarded = {
    ...referral,
    referredCustomerId: referral.referredCustomerId,
    rewardPoints: points,
    rewardPaymentId: referred.firstPaymentId,
    rewardedAt: at,
  };
  await change.manager.update(
    Referral,
    { id: referral.id },
    { status: 'REWARDED', rewardPoints: points, rewardPaymentId: referred.firstPaymentId, rewardedAt: at },
  );
  if (points > 0) change.publish(loyaltyPointsEarned(after, lot, change.origin));
  change.publish(referralRewarded(rewarded, points, change.origin));
}

export interface ReferredParty {
  code: string;
  at: Date;
  customerId?: string;
  leadId?: string;
}

/**
 * A lead or customer created with a code (lead.created, customer.created): the referral is
 * recorded once per referred party; a customer is judged at once, a lead when it is converted.
 */
export function recordReferral(scope: ChangeScope, party: ReferredParty): Promise<void> {
  return runChange(scope, async (change) => {
    const referrerCustomerId = await referrerOf(change, party.code);
    if (!referrerCustomerId) return;
    const existing = party.customerId
      ? await change.manager.existsBy(Referral, { referredCustomerId: party.customerId })
      : await change.manager.existsBy(Referral, { referredLeadId: party.leadId });
    if (existing) return;
    let referral: Referral = Object.assign(new Referral(), {
      id: newId(),
      referrerCustomerId,
      referredCustomerId: party.customerId ?? null,
      referredLeadId: party.leadId ?? null,
      status: 'RECORDED' as const,
      refusal: null,
      rewardPoints: null,
      rewardPaymentId: null,
      recordedAt: party.at,
      rewardedAt: null,
    });
    if (referral.referredCustomerId) referral = await judge(change, referral);
    await change.insert(Referral, referral, { action: 'recordReferral' });
    change.publish(referralRecorded(referral, change.origin));
    await rewardIfPaid(change, referral);
  });
}

/**
 * lead.converted: the lead's referral follows it to the customer, is judged against the
 * referrer's email and phone, and published again with the verdict.
 */
export function linkConvertedLead(scope: ChangeScope, leadId: string, customerId: string): Promise<void> {
  return runChange(scope, async (change) => {
    const referral = await change.manager.findOneBy(Referral, {
      referredLeadId: leadId,
      referredCustomerId: IsNull(),
    });
    if (!referral) return;
    if (await change.manager.existsBy(Referral, { referredCustomerId: customerId })) return;
    const judged = await judge(change, { ...referral, referredCustomerId: customerId });
    await change.manager.update(
      Referral,
      { id: referral.id },
      { referredCustomerId: customerId, status: judged.status, refusal: judged.refusal },
    );
    change.audit({
      action: 'linkConvertedLead',
      entityType: 'Referral',
      entityId: referral.id,
      before: referral,
      after: judged,
    });
    change.publish(referralRecorded(judged, change.origin));
    await rewardIfPaid(change, judged);
  });
}

/** payment.received: the payment may be the first of a referred customer. */
export function rewardReferralOnPayment(scope: ChangeScope, customerId: string): Promise<void> {
  return runChange(scope, async (change) => {
    const referral = await change.manager.findOneBy(Referral, {
      referredCustomerId: customerId,
      status: 'RECORDED',
    });
    if (referral) await rewardIfPaid(change, referral);
  });
}

/** customer.merged: referrals made and received follow the survivor (one received referral at most). */
export async function mergeReferrals(change: Change, customerId: string, mergedIds: string[]): Promise<void> {
  await change.manager.query(
    'UPDATE referrals SET referrer_customer_id = $1 WHERE referrer_customer_id = ANY($2)',
    [customerId, mergedIds],
  );
  await change.manager.query(
    `UPDATE referrals SET referred_customer_id = $1
      WHERE id = (SELECT id FROM referrals WHERE referred_customer_id = ANY($2::uuid[])
                   ORDER BY recorded_at, id LIMIT 1)
        AND NOT EXISTS (SELECT 1 FROM referrals WHERE referred_customer_id = $1)`,
    [customerId, mergedIds],
  );
}
