import { Column, Entity, PrimaryColumn } from 'typeorm';
import { exactDecimal } from './exact-decimal';

/** A customer's membership of a programme: the running totals of its ledger and the level they give. */
@Entity({ name: 'loyalty_members' })
export class LoyaltyMember {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  referralCode!: string;

  @Column({ type: 'integer' })
  balance!: number;

  @Column({ type: 'integer' })
  lifetimePoints!: number;

  @Column({ type: 'integer' })
  expiredPoints!: number;

  @Column({ type: 'numeric', precision: 19, scale: 4, transformer: exactDecimal })
  lifetimeSpend!: string;

  /** The name of the level held, or null below the lowest threshold. */
  @Column({ type: 'text', nullable: true })
  level!: string | null;

  @Column({ type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
