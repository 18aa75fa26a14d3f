import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MemberStatus } from '../domain/member-status';

/** Someone a campaign targets: exactly one of a customer, a contact or a lead. */
@Entity({ name: 'campaign_members' })
@Index('campaign_members_campaign_created_at', ['campaignId', 'createdAt', 'id'])
@Index('campaign_members_campaign_status', ['campaignId', 'status', 'createdAt', 'id'])
@Index('campaign_members_customer_created_at', ['customerId', 'createdAt', 'id'])
export class CampaignMember {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @Column({ type: 'text' })
  status!: MemberStatus;

  /** When the member was added. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
