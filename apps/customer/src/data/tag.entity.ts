import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A portrait label, named uniquely (case-insensitively) within a tag group of the dictionary. */
@Entity({ name: 'tags' })
export class Tag {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'group_code', type: 'text' })
  group!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
