import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecordedAnswer } from '../domain/survey-answers';

/** A customer's answers to one invitation, with the scores reports count. */
@Entity({ name: 'survey_responses' })
export class SurveyResponse {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  invitationId!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  /** Follows customer.merged to the survivor. */
  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  queueId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /** Free-text answers are erased with the customer (customer.erased). */
  @Column({ type: 'jsonb' })
  answers!: RecordedAnswer[];

  @Column({ type: 'smallint', nullable: true })
  csatScore!: number | null;

  @Column({ type: 'smallint', nullable: true })
  npsScore!: number | null;

  @Column({ type: 'timestamptz' })
  respondedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
