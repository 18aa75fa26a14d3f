import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReferralRefusal } from '@crm/events';

export type ReferralStatus = 'RECORDED' | 'REFUSED' | 'REWARDED';

/** A lead or customer created with a member's code; rewarded once, on the referred customer's first payment. */
@Entity({ name: 'referrals' })
export class Referral {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  referrerCustomerId!: string;

  @Column({ type: 'uuid', nullable: true })
  referredCustomerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  referredLeadId!: string | null;

  @Column({ type: 'text' })
  status!: ReferralStatus;

  @Column({ type: 'text', nullable: true })
  refusal!: ReferralRefusal | null;

  @Column({ type: 'integer', nullable: true })
  rewardPoints!: number | null;

  @Column({ type: 'uuid', nullable: true })
  rewardPaymentId!: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rewardedAt!: Date | null;
}
