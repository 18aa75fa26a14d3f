import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';

/** Read model: the deals that are still open, from sales' opportunity events. */
@Entity({ name: 'open_opportunities' })
@Index('open_opportunities_customer', ['customerId'])
export class OpenOpportunity {
  @PrimaryColumn({ type: 'uuid' })
  opportunityId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;
}
