import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { CustomerTier } from '../domain/customer-vocabulary';
import type { LifecycleChangeSource } from '../domain/lifecycle-transition';

/** One change of a customer's tier and the figures behind it: `tier_history`, never updated. */
@Entity({ name: 'tier_history' })
@Index('tier_history_customer_created_at', ['customerId', 'createdAt', 'id'])
export class TierChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text', nullable: true })
  fromTier!: CustomerTier | null;

  @Column({ type: 'text', nullable: true })
  toTier!: CustomerTier | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  source!: LifecycleChangeSource;

  @Column({ type: 'text' })
  actorId!: string;

  @Column({ type: 'uuid', nullable: true })
  causingEventId!: string | null;

  /** Revenue in the window, in `currency` (the rules' reporting currency at the time). */
  @Column(MONEY_COLUMN)
  revenue!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'integer' })
  orderCount!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
