import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TierThreshold } from '../domain/tier-evaluation';

/** The one row of admin-edited value rules (`tier_rules`, id 1), seeded with the defaults. */
@Entity({ name: 'tier_rules' })
export class TierRulesRow {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'char', length: 3 })
  reportingCurrency!: string;

  @Column({ type: 'integer' })
  windowMonths!: number;

  /** A, B, C, D in order; amounts as decimal strings. */
  @Column({ type: 'jsonb' })
  thresholds!: TierThreshold[];

  @Column({ type: 'integer' })
  loyaltyMinOrders!: number;

  @Column({ type: 'integer' })
  loyaltyWindowMonths!: number;

  @Column({ type: 'text', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
