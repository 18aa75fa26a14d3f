import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An endpoint's signing secret (`whsec_…`), written without an audit entry so no log holds it. */
@Entity({ name: 'webhook_endpoint_secrets' })
export class WebhookEndpointSecret {
  @PrimaryColumn({ type: 'uuid' })
  endpointId!: string;

  @Column({ type: 'text' })
  secret!: string;
}
