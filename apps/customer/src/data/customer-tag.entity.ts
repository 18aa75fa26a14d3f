import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tag put on a customer. */
@Entity({ name: 'customer_tags' })
export class CustomerTag {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  tagId!: string;

  @Column({ type: 'timestamptz' })
  taggedAt!: Date;
}
