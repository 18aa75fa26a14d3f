import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CustomerTier } from '../domain/sla/sla-policy';

/**
 * The service's projection of the customers it has heard of (customer.created, merged, erased),
 * to check a ticket's customer. A row may come from a merge or an erasure that overtook the
 * customer's creation: it exists all the same.
 */
@Entity({ name: 'known_customers' })
@Index('known_customers_merged_into', ['mergedIntoId'])
export class KnownCustomer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The survivor this customer was merged into (the last of a chain of merges). */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** The customer's tier (客户分级) from customer.tier_changed; SLA policies may depend on it. */
  @Column({ type: 'text', nullable: true })
  tier!: CustomerTier | null;

  /** When that tier was decided: an older tier_changed arriving late is ignored. */
  @Column({ type: 'timestamptz', nullable: true })
  tierChangedAt!: Date | null;
}
