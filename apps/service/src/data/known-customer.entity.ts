import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
}
