import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FollowUpType } from '../domain/lead-score';

/** One touch with a lead (call, email, meeting…): the lead's follow-up history. */
@Entity({ name: 'lead_follow_ups' })
export class LeadFollowUp {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  leadId!: string;

  @Column({ type: 'text' })
  type!: FollowUpType;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** When the touch happened, as the user reports it. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid' })
  byUserId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
