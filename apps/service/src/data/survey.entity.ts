import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyQuestion } from '../domain/survey-question';
import type { SurveyStatus } from '../domain/survey-status';

/** A satisfaction survey a support manager designed; its questions are fixed once it leaves DRAFT. */
@Entity({ name: 'surveys' })
export class Survey {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The support team whose resolved tickets it goes to; null: the default survey. */
  @Column({ type: 'uuid', nullable: true })
  queueId!: string | null;

  @Column({ type: 'text' })
  status!: SurveyStatus;

  @Column({ type: 'jsonb' })
  questions!: SurveyQuestion[];

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ type: 'text' })
  createdBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
