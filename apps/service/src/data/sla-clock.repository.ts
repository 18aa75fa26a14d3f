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
  /** The generation of the policies and calendars it was computed under. */
  generation: number;
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
            sla_due_at = $6, sla_check_at = $7, sla_version = $2, sla_generation = $8
      WHERE id = $1 AND version = $2`,
    [
      ticketId,
      version,
      clock.policyId,
      clock.firstResponseDueAt,
      clock.resolutionDueAt,
      clock.dueAt,
      clock.checkAt,
      clock.generation,
    ],
  );
}

/** A customer's open tickets must be timed again (their tier changed). */
export async function markSlaStaleForCustomer(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query(
    "UPDATE tickets SET sla_version = NULL WHERE customer_id = $1 AND status NOT IN ('CLOSED', 'ARCHIVED')",
    [customerId],
  );
}

/** The generation of the SLA policies and calendars: read it before them. */
export async function currentSlaGeneration(manager: EntityManager): Promise<number> {
  const [row]: { generation: number }[] = await manager.query(
    'SELECT generation FROM sla_settings_generation',
  );
  return row.generation;
}

/**
 * Policies or calendars changed: every open ticket is to be timed again. One row moves, not the
 * tickets: the scheduler re-times them batch by batch (a million open tickets would otherwise be
 * locked by the manager's transaction).
 */
export async function advanceSlaGeneration(manager: EntityManager): Promise<void> {
  await manager.query('UPDATE sla_settings_generation SET generation = generation + 1');
}

/**
 * Tickets whose stored clock is older than the ticket (partial index tickets_sla_stale) or than
 * the policies and calendars (tickets_sla_generation).
 */
export async function ticketsWithStaleSla(dataSource: DataSource): Promise<string[]> {
  const changed: { id: string }[] = await dataSource.query(
    'SELECT id FROM tickets WHERE sla_version IS DISTINCT FROM version LIMIT $1',
    [SLA_BATCH],
  );
  const retimed: { id: string }[] = await dataSource.query(
    `SELECT id FROM tickets
      WHERE status NOT IN ('CLOSED', 'ARCHIVED')
        AND sla_generation < (SELECT generation FROM sla_settings_generation)
      LIMIT $1`,
    [SLA_BATCH],
  );
  return [...new Set([...changed, ...retimed].map((row) => row.id))].slice(0, SLA_BATCH);
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
