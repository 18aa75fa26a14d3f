import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import type { OpportunityStage } from '../domain/opportunity-stage';

/**
 * One line of a deal's history: its stage, probability and amount at a moment, so a forecast can
 * be replayed as it stood then. Written when the deal is created, moved, closed, reopened, and when
 * its amount or probability changes.
 */
@Entity({ name: 'opportunity_stage_history' })
export class OpportunityStageChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  opportunityId!: string;

  /** Null on the first line: the stage the deal was created in. */
  @Column({ type: 'text', nullable: true })
  fromStage!: OpportunityStage | null;

  @Column({ type: 'text' })
  toStage!: OpportunityStage;

  @Column({ type: 'smallint' })
  probability!: number;

  @Column(MONEY_COLUMN)
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** Why the deal was won, lost or reopened. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  changedBy!: string | null;
}
