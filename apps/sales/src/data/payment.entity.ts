import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';

@Entity({ name: 'payments' })
export class Payment {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
