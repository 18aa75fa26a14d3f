import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationChannelName, NotificationKindName } from '@crm/events';

/** A user's choices; a kind absent from `channels` takes its default (domain/notification-kinds.ts). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferences {
  /** The user's id: one row per user, made on their first change. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'jsonb' })
  channels!: Partial<Record<NotificationKindName, NotificationChannelName>>;

  @Column({ type: 'boolean' })
  dailyDigest!: boolean;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
