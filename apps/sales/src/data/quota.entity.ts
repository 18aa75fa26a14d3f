import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { QuotaPeriodKind } from '../domain/quota-period';

/** A sales target of one user or one team (exactly one of the two) for a month or quarter. */
@Entity({ name: 'quotas' })
export class Quota {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  /** 2026-11 or 2026-Q4. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text' })
  periodKind!: QuotaPeriodKind;

  @Column(MONEY_COLUMN)
  targetAmount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
