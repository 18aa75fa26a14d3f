import { Column, Entity, PrimaryColumn } from 'typeorm';
import { exactDecimal } from './exact-decimal';

export type LedgerKind = 'EARNED' | 'NOT_EARNED' | 'REDEEMED' | 'EXPIRED' | 'REFERRAL_REWARD';

/**
 * One line of a member's points history. Earnings (EARNED, REFERRAL_REWARD) are lots: `remaining`
 * is what redemptions and expiry have left of them. Unique by payment and by referral, so each
 * earns exactly once whatever the redeliveries.
 */
@Entity({ name: 'loyalty_ledger' })
export class LoyaltyLedgerEntry {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  kind!: LedgerKind;

  /** Signed: positive for earnings, negative for redemptions and expiries, 0 for a payment that earned nothing. */
  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'integer' })
  remaining!: number;

  @Column({ type: 'integer' })
  balanceAfter!: number;

  @Column({ type: 'uuid', nullable: true })
  paymentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @Column({ type: 'numeric', precision: 19, scale: 4, nullable: true, transformer: exactDecimal })
  amount!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  /** The level multiplier of an earning. */
  @Column({ type: 'numeric', precision: 19, scale: 4, nullable: true, transformer: exactDecimal })
  multiplier!: string | null;

  /** The campaign multiplier of a payment received in a campaign's bonus window ("1" without one). */
  @Column({ type: 'numeric', precision: 19, scale: 4, nullable: true, transformer: exactDecimal })
  campaignMultiplier!: string | null;

  /** Why (a redemption's reason, why a payment earned nothing); erased with the customer's data. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
