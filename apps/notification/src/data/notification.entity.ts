import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationKindName, NotificationSubjectTypeName } from '@crm/events';

/** One entry of a user's inbox: what happened, the record it links to, and the event it came from. */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKindName;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  subjectType!: NotificationSubjectTypeName;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'uuid' })
  sourceEventId!: string;

  /** False when the recipient wants this kind by email only: left out of the inbox. */
  @Column({ type: 'boolean' })
  inApp!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** The recipient wants it by email (at once, or in the daily digest). */
  @Column({ type: 'boolean' })
  emailDue!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
