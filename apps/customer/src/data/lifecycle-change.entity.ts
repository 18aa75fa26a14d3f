import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LifecycleStage } from '../domain/customer-vocabulary';
import type { LifecycleChangeSource } from '../domain/lifecycle-transition';

/** One move of a customer's lifecycle stage: `lifecycle_history`, never updated. */
@Entity({ name: 'lifecycle_history' })
@Index('lifecycle_history_customer_created_at', ['customerId', 'createdAt', 'id'])
export class LifecycleChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  fromStage!: LifecycleStage;

  @Column({ type: 'text' })
  toStage!: LifecycleStage;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  source!: LifecycleChangeSource;

  /** The user who made the change, or the actor of the causing event ("system" for automation). */
  @Column({ type: 'text' })
  actorId!: string;

  @Column({ type: 'uuid', nullable: true })
  causingEventId!: string | null;

  /** When the change happened. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
