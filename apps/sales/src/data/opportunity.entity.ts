import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { OpportunityStage } from '../domain/opportunity-stage';

@Entity({ name: 'opportunities' })
export class Opportunity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Exact decimal, read and written as a string. */
  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  stage!: OpportunityStage;

  @Column({ type: 'smallint' })
  probability!: number;

  @Column({ type: 'date', nullable: true })
  expectedCloseDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** Who else the customer is talking to, as the rep wrote them down. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  competitors!: string[];

  @Column({ type: 'text', nullable: true })
  wonReason!: string | null;

  @Column({ type: 'text', nullable: true })
  lostReason!: string | null;

  /** When the deal was won or lost; null while it is open (again). */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
