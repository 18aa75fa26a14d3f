import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ComplaintSeverity, TicketCategory } from '../domain/ticket-category';
import type { TicketPriority } from '../domain/ticket-priority';
import type { TicketSource } from '../domain/ticket-source';
import type { TicketStatus } from '../domain/ticket-status';

@Entity({ name: 'tickets' })
@Index('tickets_customer_created_at', ['customerId', 'createdAt', 'id'])
@Index('tickets_queue_created_at', ['queueId', 'createdAt', 'id'])
export class Ticket {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  /** The support team (identity's Team) whose queue holds the ticket; null: in no queue yet. */
  @Column({ type: 'uuid', nullable: true })
  queueId!: string | null;

  /** The human-facing number (#1042), given by Postgres on insert. */
  @Column({ type: 'integer', insert: false, update: false })
  number!: number;

  @Column({ type: 'text' })
  source!: TicketSource;

  @Column({ type: 'text' })
  category!: TicketCategory;

  /** Complaints only. */
  @Column({ type: 'text', nullable: true })
  severity!: ComplaintSeverity | null;

  /** The agent (identity's User) working the ticket; null while it waits in its queue. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /** The customer's contact who asked, when known. */
  @Column({ type: 'uuid', nullable: true })
  requesterContactId!: string | null;

  /** Where public replies are mailed: the requester's address (PII: erased with the customer). */
  @Column({ type: 'text', nullable: true })
  requesterEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  requesterName!: string | null;

  /** The Message-ID of the mail that opened the ticket: replies thread onto it. */
  @Column({ type: 'text', nullable: true })
  sourceMessageId!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  priority!: TicketPriority;

  @Column({ type: 'text' })
  status!: TicketStatus;

  /** The first public reply by an agent: the first-response SLA stops here. */
  @Column({ type: 'timestamptz', nullable: true })
  firstRespondedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  /** Set when this ticket was a duplicate, closed into another one. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** A complaint closes only with both. */
  @Column({ type: 'text', nullable: true })
  rootCause!: string | null;

  @Column({ type: 'text', nullable: true })
  correctiveAction!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
