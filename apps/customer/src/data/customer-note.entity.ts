import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A free-text note on a customer; notes are never edited, only added (and blanked by erasure). */
@Entity({ name: 'customer_notes' })
export class CustomerNote {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
