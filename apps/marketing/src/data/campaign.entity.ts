import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { CampaignChannel } from '../domain/campaign-channel';
import type { CampaignStatus } from '../domain/campaign-status';
import { exactDecimal } from './exact-decimal';

@Entity({ name: 'campaigns' })
@Index('campaigns_created_at_id', ['createdAt', 'id'])
@Index('campaigns_status_created_at', ['status', 'createdAt', 'id'])
export class Campaign {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  status!: CampaignStatus;

  /** Exact decimal, read and written as a string; null together with the currency. */
  @Column({ ...MONEY_COLUMN, nullable: true, transformer: exactDecimal })
  budgetAmount!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  budgetCurrency!: string | null;

  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** A set, in the order of CAMPAIGN_CHANNELS. */
  @Column({ type: 'text', array: true })
  channels!: CampaignChannel[];

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Why it was cancelled; null unless status is CANCELLED. */
  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
