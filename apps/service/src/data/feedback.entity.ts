import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FeedbackCategory } from '../domain/feedback-category';

/** A customer's suggestion or praise. */
@Entity({ name: 'feedback' })
@Index('feedback_received_at', ['receivedAt', 'id'])
@Index('feedback_category_received_at', ['category', 'receivedAt', 'id'])
@Index('feedback_customer_received_at', ['customerId', 'receivedAt', 'id'])
export class Feedback {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ticketId!: string | null;

  @Column({ type: 'text' })
  category!: FeedbackCategory;

  /** Free text by or about the person: erased with the customer. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
