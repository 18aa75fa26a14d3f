import { buildEvent, type EventOrigin } from '@crm/events';
import type { Referral } from '../data/referral.entity';

/** The referral as recorded (or, for a converted lead, as judged once its customer is known). */
export function referralRecorded(referral: Referral, origin: EventOrigin) {
  return buildEvent('crm.marketing.referral.recorded', {
    subject: referral.id,
    ...origin,
    data: {
      referralId: referral.id,
      referrerCustomerId: referral.referrerCustomerId,
      referredCustomerId: referral.referredCustomerId,
      referredLeadId: referral.referredLeadId,
      status: referral.status === 'REFUSED' ? 'REFUSED' : 'RECORDED',
      refusal: referral.refusal,
      recordedAt: referral.recordedAt.toISOString(),
    },
  });
}

export function referralRewarded(
  referral: Referral & { referredCustomerId: string; rewardPaymentId: string; rewardedAt: Date },
  points: number,
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.referral.rewarded', {
    subject: referral.id,
    ...origin,
    data: {
      referralId: referral.id,
      referrerCustomerId: referral.referrerCustomerId,
      referredCustomerId: referral.referredCustomerId,
      paymentId: referral.rewardPaymentId,
      points,
      rewardedAt: referral.rewardedAt.toISOString(),
    },
  });
}
