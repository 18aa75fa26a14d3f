import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CommentAuthorKind, CommentVisibility } from '../domain/ticket-comment-rules';

export type { CommentAuthorKind, CommentVisibility };

/** A public reply (the customer sees it, by mail) or an internal note on a ticket. */
@Entity({ name: 'ticket_comments' })
@Index('ticket_comments_ticket_created_at', ['ticketId', 'createdAt', 'id'])
export class TicketComment {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'text' })
  visibility!: CommentVisibility;

  @Column({ type: 'text' })
  authorKind!: CommentAuthorKind;

  /** The agent who wrote it; null for the customer's replies. */
  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  /** The customer's address on a mailed reply (PII: erased with the customer). */
  @Column({ type: 'text', nullable: true })
  authorEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  authorName!: string | null;

  @Column({ type: 'text' })
  body!: string;

  /** The mail Message-ID this comment arrived with or was sent as: threading matches on it. */
  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
