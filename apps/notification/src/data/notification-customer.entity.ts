import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer's owner, from the customer service's events; a merged customer points to its survivor. */
@Entity({ name: 'notification_customers' })
export class NotificationCustomer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** False while only a later fact (an owner change, a merge) has arrived, not customer.created. */
  @Column({ type: 'boolean' })
  known!: boolean;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  ownerAsOf!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;
}
