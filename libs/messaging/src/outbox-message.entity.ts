import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event a service meant to publish, written in the same transaction as the change it
 * describes (Debezium's outbox pattern). The relay sends pending rows in `position` order.
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending', ['position'], { where: 'sent_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position!: string;

  @Column({ type: 'uuid', unique: true })
  eventId!: string;

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  topic!: string;

  /** Kafka message key: the aggregate id, so one aggregate's events stay in order. */
  @Column({ type: 'text' })
  messageKey!: string;

  /** The whole CloudEvent, as it goes on the wire. */
  @Column({ type: 'jsonb' })
  payload!: object;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
