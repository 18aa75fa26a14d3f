import { Column, Entity, PrimaryColumn } from 'typeorm';

export type JourneyRunStatus = 'RUNNING' | 'COMPLETED' | 'EXITED';

/** One customer's way through one version of a journey. */
@Entity({ name: 'journey_runs' })
export class JourneyRun {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  journeyId!: string;

  @Column({ type: 'integer' })
  journeyVersion!: number;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  status!: JourneyRunStatus;

  /** The step to do next; null once ended. */
  @Column({ type: 'text', nullable: true })
  stepId!: string | null;

  /** Set while a WAIT step holds the customer. */
  @Column({ type: 'timestamptz', nullable: true })
  waitingUntil!: Date | null;

  /** When the runner takes it up again; null once ended. */
  @Column({ type: 'timestamptz', nullable: true })
  nextRunAt!: Date | null;

  @Column({ type: 'timestamptz' })
  enteredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
