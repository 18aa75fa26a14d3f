import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactRole } from '../domain/contact-fields';

/** A person at a customer (usually a company): who to call, and what they decide. */
@Entity({ name: 'contacts' })
export class Contact {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  role!: ContactRole | null;

  /** At most one per customer (partial unique index contacts_one_primary). */
  @Column({ name: 'is_primary', type: 'boolean' })
  primary!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
