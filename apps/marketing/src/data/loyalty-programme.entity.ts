import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LevelBasis, LoyaltyLevel } from '../domain/loyalty-programme';
import { exactDecimal } from './exact-decimal';

@Entity({ name: 'loyalty_programmes' })
@Index('loyalty_programmes_created_at_id', ['createdAt', 'id'])
export class LoyaltyProgramme {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'numeric', precision: 19, scale: 4, transformer: exactDecimal })
  pointsPerUnit!: string;

  @Column({ type: 'text' })
  levelBasis!: LevelBasis;

  /** In ascending order of threshold. */
  @Column({ type: 'jsonb' })
  levels!: LoyaltyLevel[];

  @Column({ type: 'integer', nullable: true })
  pointsExpiryMonths!: number | null;

  @Column({ type: 'boolean' })
  autoEnroll!: boolean;

  @Column({ type: 'integer' })
  referralRewardPoints!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
