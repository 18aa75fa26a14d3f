import { Column, Entity, PrimaryColumn } from 'typeorm';
import { exactDecimal } from './exact-decimal';

/** A campaign's points multiplier in a programme, for payments received from startsOn to endsOn (UTC dates). */
@Entity({ name: 'loyalty_campaign_bonuses' })
export class LoyaltyCampaignBonus {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'numeric', precision: 19, scale: 4, transformer: exactDecimal })
  pointsMultiplier!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
