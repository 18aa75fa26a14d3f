import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per customer created, as learnt from the customer service's events. */
@Entity({ name: 'customer_facts' })
export class CustomerFact {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** The owner, for record-level checks: a rep reads the analytics of the customers they own. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** Set by customer.merged: this customer's figures now count for the survivor. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** Set by customer.erased: nothing personal about this customer may be kept or shown. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
