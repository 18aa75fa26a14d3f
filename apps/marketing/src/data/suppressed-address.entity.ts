import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MessageChannel } from '../domain/message-channel';

/** An address no marketing message goes to again: it bounced, or its owner unsubscribed. */
@Entity({ name: 'suppressed_addresses' })
export class SuppressedAddress {
  @PrimaryColumn({ type: 'text' })
  channel!: MessageChannel;

  @PrimaryColumn({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  reason!: 'BOUNCED' | 'UNSUBSCRIBED';

  @Column({ type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ type: 'timestamptz' })
  suppressedAt!: Date;
}
