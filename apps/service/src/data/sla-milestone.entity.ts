import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SlaMilestoneKind } from '../domain/sla/sla-milestones';
import type { SlaTarget } from '../domain/sla/sla-policy';

/** A warning or breach announced for a ticket's target: its key admits each one once. */
@Entity({ name: 'ticket_sla_milestones' })
export class TicketSlaMilestone {
  @PrimaryColumn({ type: 'uuid' })
  ticketId!: string;

  @PrimaryColumn({ type: 'text' })
  target!: SlaTarget;

  @PrimaryColumn({ type: 'text' })
  kind!: SlaMilestoneKind;

  @Column({ type: 'uuid' })
  policyId!: string;

  /** When the milestone was reached in business time. */
  @Column({ type: 'timestamptz' })
  reachedAt!: Date;

  /** When the scheduler announced it. */
  @Column({ type: 'timestamptz' })
  announcedAt!: Date;
}
