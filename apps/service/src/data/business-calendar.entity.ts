import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OpeningHours } from '../domain/sla/business-calendar';

/** A support team's working time: weekly hours in a time zone, minus holidays. */
@Entity({ name: 'business_calendars' })
export class BusinessCalendarRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** IANA time zone, e.g. Europe/Berlin. */
  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'jsonb' })
  weeklyHours!: OpeningHours[];

  /** Local dates (YYYY-MM-DD) without working hours. */
  @Column({ type: 'jsonb' })
  holidays!: string[];

  /** The queue (support team) it times; null: the default calendar. */
  @Column({ type: 'uuid', nullable: true })
  queueId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
