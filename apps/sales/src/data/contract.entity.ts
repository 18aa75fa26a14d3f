import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { ContractStatus } from '../domain/contract-status';

@Entity({ name: 'contracts' })
export class Contract {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text' })
  status!: ContractStatus;

  @Column(MONEY_COLUMN)
  value!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'date' })
  renewalDate!: string;

  @Column({ type: 'smallint' })
  renewalReminderDays!: number;

  /** renewalDate minus renewalReminderDays, stored so the due-for-renewal list has an index. */
  @Column({ type: 'date' })
  renewalReminderOn!: string;

  @Column({ type: 'timestamptz', nullable: true })
  renewalReminderSentAt!: Date | null;

  /** The renewalDate the last renewal reminder went out for (jobs/contract-renewal-reminders.job.ts). */
  @Column({ type: 'date', nullable: true })
  renewalReminderSentFor!: string | null;

  @Column({ type: 'text', nullable: true })
  terminationReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  terminatedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
