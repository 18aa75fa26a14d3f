import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';

/**
 * A revenue fact learnt from sales' events: an order placed or a payment received. Kept even when
 * the customer is not known here yet, so a later evaluation counts it.
 */
@Entity({ name: 'customer_revenue' })
@Index('customer_revenue_customer_occurred_at', ['customerId', 'occurredAt'])
@Index('customer_revenue_fact', ['kind', 'factId'], { unique: true })
export class CustomerRevenue {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: 'ORDER' | 'PAYMENT';

  /** The order id or the payment id: one row per fact, whatever the number of deliveries. */
  @Column({ type: 'uuid' })
  factId!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
