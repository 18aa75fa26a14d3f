import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What referrals need to know of a customer: contact fingerprints (no addresses) and the first payment. */
@Entity({ name: 'referral_customers' })
export class ReferralCustomer {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text', nullable: true })
  emailHash!: string | null;

  @Column({ type: 'text', nullable: true })
  phoneHash!: string | null;

  @Column({ type: 'uuid', nullable: true })
  firstPaymentId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstPaidAt!: Date | null;
}
