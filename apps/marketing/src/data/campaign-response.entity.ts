import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CampaignChannel } from '../domain/campaign-channel';
import type { ResponseKind } from '../domain/campaign-response';

/** A member's answer to a campaign, on the channel it came by. */
@Entity({ name: 'campaign_responses' })
@Index('campaign_responses_campaign_created_at', ['campaignId', 'createdAt', 'id'])
export class CampaignResponse {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  channel!: CampaignChannel;

  @Column({ type: 'text' })
  kind!: ResponseKind;

  /** Free text; erased with the customer (it may hold personal data). */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
