import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditChange } from '@crm/events';

/** Read model of the audit trail, from every service's `audit.recorded` events. */
@Entity({ name: 'audit_entries' })
export class AuditEntry {
  /** The id of the event that recorded it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  actorId!: string;

  @Column({ type: 'jsonb' })
  changes!: AuditChange[];

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;
}
