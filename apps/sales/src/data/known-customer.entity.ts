import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sales' projection of the customers it has heard of (from customer events), to check references. */
@Entity({ name: 'known_customers' })
export class KnownCustomer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
