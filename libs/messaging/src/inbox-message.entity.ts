import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An event this service has applied; the primary key makes a redelivered event a no-op. */
@Entity({ name: 'inbox' })
export class InboxMessage {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  topic!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  appliedAt!: Date;
}
