import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentChannel } from '../domain/profile-vocabulary';

/** One consent decision as it was recorded: the history behind customer_consents. */
@Entity({ name: 'consent_changes' })
export class ConsentChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  channel!: ConsentChannel;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'uuid' })
  changedBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
