import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TimelineKind } from '../domain/timeline-kind';

/**
 * One line of a customer's timeline, built from another domain's event: what happened, when,
 * and a reference to the record in the graph (interaction, opportunity, order, payment).
 */
@Entity({ name: 'timeline_entries' })
@Index('timeline_entries_customer_occurred_at', ['customerId', 'occurredAt', 'id'])
@Index('timeline_entries_customer_kind_occurred_at', ['customerId', 'kind', 'occurredAt', 'id'])
export class TimelineEntry {
  /** The event's id, or the record's when its later events replace the entry (interactions). */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: TimelineKind;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'uuid', nullable: true })
  interactionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  paymentId!: string | null;

  /** The owner of the entry's deal or order, for record scope; null for entries about the customer. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** The record's version the entry shows: an older event arriving late does not overwrite it. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  /** When the event it shows was published (its `time`): the same however often it is replayed. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
