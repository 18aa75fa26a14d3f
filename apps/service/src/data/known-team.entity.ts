import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The service's projection of identity's teams (team.created): a ticket's queue is a team. */
@Entity({ name: 'known_teams' })
export class KnownTeam {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
