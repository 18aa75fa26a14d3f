import type { DataSource, EntityManager } from 'typeorm';
import type { SlaMilestoneKind } from '../domain/sla/sla-milestones';
import type { SlaTarget } from '../domain/sla/sla-policy';

/** How many tickets one scheduler batch takes. */
export const SLA_BATCH = 200;

/** What the tickets table keeps of a ticket's SLA: its policy, due times, next check, for which version. */
export interface StoredSlaClock {
  policyId: string | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** The earliest due time of a target still open: the list's `overdue` filter. */
  dueAt: Date | null;
  /** The next warning or breach the scheduler must announce. */
  checkAt: Date | null;
}

/**
 * Stores the clock computed from the ticket at `version`; a ticket changed meanwhile keeps its
 * stale mark and is computed again.
 */
export async function storeSlaClock(
  manager: EntityManager,
  ticketId: string,
  version: number,
  clock: StoredSlaClock,
): Promise<void> {
  await manager.query(
    `UPDATE tickets SET sla_policy_id = $3, first_response_due_at = $4, resolution_due_at = $5,
            sla_due_at = $6, sla_check_at = $7, sla_version = $2
      WHERE id = $1 AND version = $2`,
    [
      ticketId,
      version,
      clock.policyId,
      clock.firstResponseDueAt,
      clock.resolutionDueAt,
      clock.dueAt,
      clock.checkAt,
    ],
  );
}

/** The open tickets whose clock must be computed again (the policies, calendars or tier changed). */
export async function markSlaStaleForCustomer(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query(
    "UPDATE tickets SET sla_version = NULL WHERE customer_id = $1 AND status NOT IN ('CLOSED', 'ARCHIVED')",
    [customerId],
  );
}

export async function markAllOpenSlaStale(manager: EntityManager): Promise<void> {
  await manager.query(
    "UPDATE tickets SET sla_version = NULL WHERE status NOT IN ('CLOSED', 'ARCHIVED') AND sla_version IS NOT NULL",
  );
}

/** Tickets whose stored clock is older than the ticket (partial index tickets_sla_stale). */
export async function ticketsWithStaleSla(dataSource: DataSource): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    'SELECT id FROM tickets WHERE sla_version IS DISTINCT FROM version ORDER BY id LIMIT $1',
    [SLA_BATCH],
  );
  return rows.map((row) => row.id);
}

/** Tickets with a warning or breach to announce by `now` (partial index tickets_sla_check_at). */
export async function ticketsWithSlaCheckDue(dataSource: DataSource, now: Date): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    'SELECT id FROM tickets WHERE sla_check_at <= $1 ORDER BY sla_check_at LIMIT $2',
    [now, SLA_BATCH],
  );
  return rows.map((row) => row.id);
}

export interface SlaMilestoneRecord {
  ticketId: string;
  target: SlaTarget;
  kind: SlaMilestoneKind;
  policyId: string;
  reachedAt: Date;
  announcedAt: Date;
}

/** Records a milestone; false when it was announced before (the key admits it once). */
export async function recordMilestone(
  manager: EntityManager,
  milestone: SlaMilestoneRecord,
): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO ticket_sla_milestones (ticket_id, target, kind, policy_id, reached_at, announced_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING ticket_id`,
    [
      milestone.ticketId,
      milestone.target,
      milestone.kind,
      milestone.policyId,
      milestone.reachedAt,
      milestone.announcedAt,
    ],
  );
  return inserted.length > 0;
}
