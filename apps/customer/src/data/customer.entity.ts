import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EmailAddress, PhoneNumber, PostalAddress } from '../domain/contact-points';
import type { CustomerKind, CustomerTier, LifecycleStage } from '../domain/customer-vocabulary';
import type { CompanySize, Gender } from '../domain/profile-vocabulary';

@Entity({ name: 'customers' })
@Index('customers_created_at_id', ['createdAt', 'id'])
@Index('customers_owner_created_at', ['ownerId', 'createdAt', 'id'])
export class Customer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: CustomerKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text' })
  lifecycleStage!: LifecycleStage;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  companySize!: CompanySize | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  /** ISO date; persons only. */
  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  emails!: EmailAddress[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  phones!: PhoneNumber[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  addresses!: PostalAddress[];

  @Column({ type: 'text', nullable: true })
  tier!: CustomerTier | null;

  @Column({ type: 'text', nullable: true })
  churnReasonCategory!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  churnedAt!: Date | null;

  /** What the user wrote when marking the customer churned; cleared by a win-back. */
  @Column({ type: 'text', nullable: true })
  churnNote!: string | null;

  /** Set when this customer was merged into another: it is then hidden and resolves to the survivor. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** Set by GDPR erasure: personal fields are anonymised, the id and the history stay. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
