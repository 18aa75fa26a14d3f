import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One HTTP try of a delivery, as the delivery log shows it. */
@Entity({ name: 'webhook_delivery_attempts' })
export class WebhookDeliveryAttempt {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'timestamptz' })
  attemptedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer' })
  durationMs!: number;

  @Column({ type: 'text', nullable: true })
  responseExcerpt!: string | null;
}
