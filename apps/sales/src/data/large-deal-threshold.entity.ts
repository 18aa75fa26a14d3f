import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';

/** From which amount a deal in this currency is large enough for managers to hear of it. */
@Entity({ name: 'large_deal_thresholds' })
export class LargeDealThreshold {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** One threshold per currency. */
  @Column({ type: 'char', length: 3, unique: true })
  currency!: string;

  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
