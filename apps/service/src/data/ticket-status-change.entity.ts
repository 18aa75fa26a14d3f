import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TicketStatus } from '../domain/ticket-status';

/** One move of a ticket in its lifecycle, with who made it and why: the ticket's history. */
@Entity({ name: 'ticket_status_changes' })
@Index('ticket_status_changes_ticket_changed_at', ['ticketId', 'changedAt', 'id'])
export class TicketStatusChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  /** Null for the opening (the first entry, to NEW). */
  @Column({ type: 'text', nullable: true })
  fromStatus!: TicketStatus | null;

  @Column({ type: 'text' })
  toStatus!: TicketStatus;

  /** The user who made the move; null when the platform did (mail, scheduler). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
