import { Column, Entity, PrimaryColumn } from 'typeorm';

export type WebhookDisabledReason = 'BY_ADMIN' | 'CONSECUTIVE_FAILURES';

/** Where an admin wants events sent; its secret is kept apart (webhook-endpoint-secret.entity.ts). */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpoint {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The event types sent to it; null: every type. */
  @Column({ type: 'text', array: true, nullable: true })
  eventTypes!: string[] | null;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ type: 'text', nullable: true })
  disabledReason!: WebhookDisabledReason | null;

  /** Failed tries in a row, across its deliveries; a success starts it again from 0. */
  @Column({ type: 'integer' })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
