import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomerProfileState } from '../domain/customer-profile';

/** One row of marketing's customer projection (migration 1764000004200). */
@Entity({ name: 'customer_profiles' })
export class CustomerProfile implements CustomerProfileState {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'text', nullable: true })
  tier!: string | null;

  @Column({ type: 'text', nullable: true })
  lifecycle!: string | null;

  @Column({ type: 'boolean', nullable: true })
  emailConsent!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  smsConsent!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  phoneConsent!: boolean | null;

  @Column({ type: 'smallint', nullable: true })
  csat!: number | null;

  /** Exact decimals per currency, kept as strings inside the JSON. */
  @Column({ type: 'jsonb' })
  revenue!: Record<string, string>;

  @Column({ type: 'integer' })
  orderCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastOrderAt!: Date | null;

  @Column({ type: 'boolean' })
  erased!: boolean;

  @Column({ type: 'jsonb' })
  stamps!: Record<string, string>;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
