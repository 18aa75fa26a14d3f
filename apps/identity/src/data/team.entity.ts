import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Names are unique case-insensitively: the migration's teams_name_key index is on lower(name). */
@Entity({ name: 'teams' })
@Index('teams_created_at_id', ['createdAt', 'id'])
export class Team {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Sees the records of the team's members (their token's managedUserIds). */
  @Index('teams_manager_id')
  @Column({ type: 'uuid' })
  managerId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
