import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'products' })
export class Product {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** As last reported by the warehouse (`reportStock`); sales does not track movements. */
  @Column({ type: 'integer' })
  stockOnHand!: number;

  @Column({ type: 'timestamptz', nullable: true })
  stockReportedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
