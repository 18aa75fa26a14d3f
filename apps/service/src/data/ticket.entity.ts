import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TicketPriority } from '../domain/ticket-priority';
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

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  priority!: TicketPriority;

  @Column({ type: 'text' })
  status!: TicketStatus;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
