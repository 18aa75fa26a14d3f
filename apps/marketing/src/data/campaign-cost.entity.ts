import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';

/** One expense of a campaign (issue 13 §1): exact money in the campaign's currency. */
@Entity({ name: 'campaign_costs' })
@Index('campaign_costs_campaign_created_at', ['campaignId', 'createdAt', 'id'])
export class CampaignCost {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'date' })
  spentOn!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
