import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A support queue's mail address: mail to it opens tickets in the queue, replies leave from it. */
@Entity({ name: 'queue_mailboxes' })
@Index('queue_mailboxes_unknown_requester', ['unknownRequesterCustomerId'])
export class QueueMailbox {
  /** The queue (identity's Team); `id` for the write path's version checks. */
  @PrimaryColumn({ type: 'uuid', name: 'queue_id' })
  id!: string;

  /** Lower-case, unique across queues. */
  @Column({ type: 'text', unique: true })
  address!: string;

  /**
   * The customer whose record takes tickets from senders who are no customer's contact (e.g. an
   * "Unknown requesters" customer); null: such mail is refused.
   */
  @Column({ type: 'uuid', nullable: true })
  unknownRequesterCustomerId!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
