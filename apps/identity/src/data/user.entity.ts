import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UserRole } from '../domain/user-role';

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
  roles!: UserRole[];

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
