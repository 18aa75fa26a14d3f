import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CompanySize, LeadSource, ScoreFactor } from '../domain/lead-score';
import type { LeadStatus } from '../domain/lead-status';

@Entity({ name: 'leads' })
export class Lead {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  /** Set for a B2B lead: converting it creates a company customer with this person as contact. */
  @Column({ type: 'text', nullable: true })
  companyName!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  companySize!: CompanySize | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text' })
  source!: LeadSource;

  /** Marketing's campaign; sales stores only the id (DESIGN §2). */
  @Column({ type: 'uuid', nullable: true })
  sourceCampaignId!: string | null;

  @Column({ type: 'text' })
  status!: LeadStatus;

  @Column({ type: 'text', nullable: true })
  disqualificationReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** Kept current on every change of the lead or its follow-ups, so lists can show and sort it. */
  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'jsonb' })
  scoreBreakdown!: ScoreFactor[];

  @Column({ type: 'uuid', nullable: true })
  convertedCustomerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  convertedContactId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  convertedOpportunityId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  convertedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
