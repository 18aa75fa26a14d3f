import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sales' projection of the customers it has heard of (from customer events), to check references. */
@Entity({ name: 'known_customers' })
export class KnownCustomer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** For record-level checks: a rep may only sell to customers they may see. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
