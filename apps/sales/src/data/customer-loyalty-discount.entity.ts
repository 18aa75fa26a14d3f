import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PERCENT_COLUMN } from './document-line';

/** A customer's default quote discount from their loyalty level (marketing's loyalty.level_changed). */
@Entity({ name: 'customer_loyalty_discounts' })
export class CustomerLoyaltyDiscount {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column(PERCENT_COLUMN)
  discountPercent!: string;

  @Column({ type: 'text', nullable: true })
  level!: string | null;

  /** When the level changed: an older event arriving late does not overwrite a newer one. */
  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
