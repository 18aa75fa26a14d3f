import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A team (a support queue is a team) and its manager, from identity's team.created. */
@Entity({ name: 'notification_teams' })
export class NotificationTeam {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;
}
