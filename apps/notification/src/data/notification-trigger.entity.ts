import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationKindName } from '@crm/events';
import type { Audience } from '../domain/audience';
import type { NotificationMessage } from '../domain/notification-message';

/**
 * An event whose audience is not known yet (e.g. the owner's team arrived on another topic later):
 * kept until a projection change resolves the rest of it, so no notification is lost to ordering.
 */
@Entity({ name: 'notification_triggers' })
export class NotificationTrigger {
  @PrimaryColumn({ type: 'uuid' })
  sourceEventId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKindName;

  @Column({ type: 'jsonb' })
  message!: NotificationMessage;

  /** The audience entries still unresolved. */
  @Column({ type: 'jsonb' })
  audience!: Audience[];

  /** The ids of the user, team or customer rows whose change may resolve them. */
  @Column({ type: 'uuid', array: true })
  waitingFor!: string[];

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
