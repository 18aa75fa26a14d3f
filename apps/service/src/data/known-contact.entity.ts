import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The service's projection of customers' contacts (contact.created / updated, re-pointed on
 * customer.merged, deleted on customer.erased): who a mail's sender is.
 */
@Entity({ name: 'known_contacts' })
@Index('known_contacts_email', ['email', 'createdAt', 'id'])
@Index('known_contacts_customer', ['customerId'])
export class KnownContact {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  /** Lower-case; PII, deleted with the customer. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
