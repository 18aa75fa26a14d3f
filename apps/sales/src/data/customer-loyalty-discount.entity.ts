import Decimal from 'decimal.js';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Postgres returns numeric(5,2) as "5.00"; quotes store the percentage as written ("5"). */
const percent = {
  to: (value: string) => value,
  from: (value: string) => new Decimal(value).toFixed(),
};

/** A customer's default quote discount from their loyalty level (marketing's loyalty.level_changed). */
@Entity({ name: 'customer_loyalty_discounts' })
export class CustomerLoyaltyDiscount {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: percent })
  discountPercent!: string;

  @Column({ type: 'text', nullable: true })
  level!: string | null;

  /** When the level changed: an older event arriving late does not overwrite a newer one. */
  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
