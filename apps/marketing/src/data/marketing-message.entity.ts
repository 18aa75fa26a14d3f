import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MessageChannel } from '../domain/message-channel';
import type { MessageStatus } from '../domain/message-status';
import type { SuppressionReason } from '../domain/send-decision';

/** One marketing message to one customer: what was rendered, where it went and what became of it. */
@Entity({ name: 'marketing_messages' })
export class MarketingMessage {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  templateId!: string;

  @Column({ type: 'integer' })
  templateVersion!: number;

  @Column({ type: 'text' })
  channel!: MessageChannel;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  /** The email address or phone number written to; cleared when the customer is erased. */
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  textBody!: string | null;

  @Column({ type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'text' })
  status!: MessageStatus;

  @Column({ type: 'text', nullable: true })
  suppressionReason!: SuppressionReason | null;

  /** Why it is suppressed, deferred, bounced or failed, in words. */
  @Column({ type: 'text', nullable: true })
  statusDetail!: string | null;

  /** When the dispatcher may (next) try it: now, the end of quiet hours, or after a failed try. */
  @Column({ type: 'timestamptz' })
  sendAfter!: Date;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  clickedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
