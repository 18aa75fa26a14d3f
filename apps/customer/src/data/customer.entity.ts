import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CustomerKind, LifecycleStage } from '../domain/customer-vocabulary';

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

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
