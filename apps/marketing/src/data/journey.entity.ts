import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JourneyDefinition } from '../domain/journey-definition';

export type JourneyStatus = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';

/** An automation journey: the definition being edited, and the version customers enter now. */
@Entity({ name: 'journeys' })
export class Journey {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  status!: JourneyStatus;

  @Column({ type: 'jsonb' })
  definition!: JourneyDefinition;

  /** The published version new customers enter; null before the first publication. */
  @Column({ type: 'integer', nullable: true })
  liveVersion!: number | null;

  /** What starts it, indexed: an event type, or `segment:<id>`. */
  @Column({ type: 'text' })
  triggerKey!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
