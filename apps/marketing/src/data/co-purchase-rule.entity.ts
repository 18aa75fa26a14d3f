import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A mined rule "customers who bought the antecedent also bought the consequent", as of computedAt. */
@Entity({ name: 'co_purchase_rules' })
export class CoPurchaseRule {
  @PrimaryColumn({ type: 'uuid' })
  antecedentProductId!: string;

  @PrimaryColumn({ type: 'uuid' })
  consequentProductId!: string;

  /** Customers who bought both. */
  @Column({ type: 'integer' })
  customerCount!: number;

  @Column({ type: 'double precision' })
  support!: number;

  @Column({ type: 'double precision' })
  confidence!: number;

  @Column({ type: 'double precision' })
  lift!: number;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
