import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per customer created, as learnt from `crm.customer.customer.created`. */
@Entity({ name: 'customer_facts' })
export class CustomerFact {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
