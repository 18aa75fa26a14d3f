import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentChannel } from '../domain/profile-vocabulary';

/** The customer's current decision for one channel; consent_changes keeps every earlier one. */
@Entity({ name: 'customer_consents' })
export class CustomerConsent {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'text' })
  channel!: ConsentChannel;

  @Column({ type: 'boolean' })
  granted!: boolean;

  /** Where the decision came from; null once the customer was erased. */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'uuid' })
  changedBy!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
