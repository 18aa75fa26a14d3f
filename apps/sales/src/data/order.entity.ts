import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { OrderStatus } from '../domain/order-balance';

@Entity({ name: 'orders' })
export class Order {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  contractId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text' })
  status!: OrderStatus;

  @Column(MONEY_COLUMN)
  total!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** Sum of the payments received, kept on the row so a row lock guards the balance. */
  @Column(MONEY_COLUMN)
  paidAmount!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'timestamptz' })
  placedAt!: Date;

  /** When the order was announced overdue (jobs/order-overdue.job.ts). */
  @Column({ type: 'timestamptz', nullable: true })
  overdueNotifiedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
