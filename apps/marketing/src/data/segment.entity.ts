import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SegmentKind, SegmentStatus } from '../domain/segment-lifecycle';
import type { SegmentRule } from '../domain/segment-rule';

/** A dynamic (rule) or static (hand-made list) audience; its members are in segment_members. */
@Entity({ name: 'segments' })
@Index('segments_created_at_id', ['createdAt', 'id'])
@Index('segments_status_created_at', ['status', 'createdAt', 'id'])
@Index('segments_kind_created_at', ['kind', 'createdAt', 'id'])
export class Segment {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  kind!: SegmentKind;

  @Column({ type: 'text' })
  status!: SegmentStatus;

  /** The parsed rule tree of a DYNAMIC segment; null for a STATIC list. */
  @Column({ type: 'jsonb', nullable: true })
  rule!: SegmentRule | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
