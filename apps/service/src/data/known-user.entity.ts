import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The service's projection of identity's users: who is on which team (a queue's agents) and with
 * which roles. A row may exist before user.created arrived: the field's event came first.
 */
@Entity({ name: 'known_users' })
@Index('known_users_team', ['teamId'])
export class KnownUser {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  /** When the team was set: an older event never overwrites a newer one. */
  @Column({ type: 'timestamptz', nullable: true })
  teamAsOf!: Date | null;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  rolesAsOf!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}
