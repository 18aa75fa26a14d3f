import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomerTier, EscalationAction } from '../domain/sla/sla-policy';
import type { TicketPriority } from '../domain/ticket-priority';

const shareTransformer = { to: (share: number) => share, from: (text: string) => Number(text) };

/** First-response and resolution targets for one priority (and optionally one customer tier). */
@Entity({ name: 'sla_policies' })
export class SlaPolicy {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The queue whose tickets it covers; null: every queue without a policy of its own. */
  @Column({ type: 'uuid', nullable: true })
  queueId!: string | null;

  @Column({ type: 'text' })
  priority!: TicketPriority;

  @Column({ type: 'text', nullable: true })
  customerTier!: CustomerTier | null;

  /** Business minutes from opening to the first public reply. */
  @Column({ type: 'integer' })
  firstResponseMinutes!: number;

  /** Business minutes from opening to resolution. */
  @Column({ type: 'integer' })
  resolutionMinutes!: number;

  @Column({ type: 'numeric', precision: 4, scale: 3, transformer: shareTransformer })
  warningShare!: number;

  @Column({ type: 'text' })
  escalationAction!: EscalationAction;

  @Column({ type: 'uuid', nullable: true })
  escalationQueueId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
