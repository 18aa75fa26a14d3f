import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What notifications need of a user (from identity's events): the address and the team. */
@Entity({ name: 'notification_users' })
export class NotificationUser {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Null until user.created arrived (a team assignment may come first). */
  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  createdAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  teamAsOf!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}
