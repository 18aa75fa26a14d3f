import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActivityType } from '../domain/new-activity';

/** A call, meeting or to-do of a user, about exactly one customer, lead or opportunity. */
@Entity({ name: 'activities' })
export class Activity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  type!: ActivityType;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  remindAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  /** The remindAt the last reminder went out for (jobs/activity-reminders.job.ts). */
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentFor!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
