import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@crm/permissions';

/** Emails are unique case-insensitively: the migration's users_email_key index is on lower(email). */
@Entity({ name: 'users' })
@Index('users_created_at_id', ['createdAt', 'id'])
export class User {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Index('users_team_id')
  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  /** argon2id (PHC string); null until a password is set. Never loaded unless asked for by name. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash?: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
