import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  InteractionDirection,
  InteractionOutcome,
  InteractionType,
} from '../domain/interaction-vocabulary';

/** A communication record (客户沟通记录): one call, email, meeting, visit or social message. */
@Entity({ name: 'interactions' })
@Index('interactions_customer_occurred_at', ['customerId', 'occurredAt', 'id'])
@Index('interactions_customer_type_occurred_at', ['customerId', 'type', 'occurredAt', 'id'])
export class Interaction {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  type!: InteractionType;

  @Column({ type: 'text' })
  direction!: InteractionDirection;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  contactIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  userIds!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  externalParticipants!: string[];

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: InteractionOutcome | null;

  @Column({ type: 'text', nullable: true })
  outcomeNote!: string | null;

  /** The caller who logged it (a user id, or a service account's subject). */
  @Column({ type: 'text' })
  loggedById!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
