import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssignmentRuleKind } from '../domain/assignment-rule';
import type { TicketCategory } from '../domain/ticket-category';

/** How a queue assigns its new tickets; a queue without a row leaves them for agents to pick. */
@Entity({ name: 'queue_assignment_rules' })
export class QueueAssignmentRule {
  /** The queue's (team's) id: one rule per queue. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: AssignmentRuleKind;

  @Column({ type: 'jsonb' })
  categoryAgents!: Partial<Record<TicketCategory, string>>;

  @Column({ type: 'uuid', nullable: true })
  lastAssigneeId!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
