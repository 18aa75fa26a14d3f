import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MessageChannel } from '../domain/message-channel';

@Entity({ name: 'message_templates' })
export class MessageTemplate {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  channel!: MessageChannel;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
