import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CloudEvent } from '@crm/events';
import type { WebhookDeliveryStatus } from '../domain/webhook-delivery-outcome';

/** One event for one endpoint: recorded once per (event, endpoint), tried until delivered or given up. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDelivery {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  endpointId!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  eventType!: string;

  /** The CloudEvent as it was consumed: the body of every try. */
  @Column({ type: 'jsonb' })
  event!: CloudEvent<string, object>;

  @Column({ type: 'text' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'integer' })
  attemptCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
