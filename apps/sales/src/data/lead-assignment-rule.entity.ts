import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LeadSource } from '../domain/lead-score';

export type AssignmentStrategy = 'ROUND_ROBIN';

@Entity({ name: 'lead_assignment_rules' })
export class LeadAssignmentRule {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lower runs first. */
  @Column({ type: 'integer' })
  priority!: number;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: LeadSource | null;

  @Column({ type: 'uuid', array: true })
  assigneeIds!: string[];

  @Column({ type: 'text' })
  strategy!: AssignmentStrategy;

  /** Index into assigneeIds of the next assignee; moved under a row lock (SELECT … FOR UPDATE). */
  @Column({ type: 'integer' })
  nextAssigneeIndex!: number;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
