import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { compileSegmentRule, SqlParameters } from '../domain/segment-rule.compiler';
import { CALENDAR_TRIGGER_PREFIX, type JourneyDefinition } from '../domain/journey-definition';
import type { SegmentRule } from '../domain/segment-rule';
import { Journey } from './journey.entity';

/** Live journeys this trigger starts (journeys_live_trigger). */
export function liveJourneysOf(
  manager: EntityManager,
  triggerKey: string,
): Promise<{ id: string; live_version: number }[]> {
  return manager.query(`SELECT id, live_version FROM journeys WHERE status = 'ACTIVE' AND trigger_key = $1`, [
    triggerKey,
  ]);
}

/**
 * Starts a run unless the customer runs this journey already, or entered it for this calendar
 * occurrence (a year's birthday, a schedule's slot); true when it started.
 */
export async function startRun(
  manager: EntityManager,
  run: {
    id: string;
    journeyId: string;
    journeyVersion: number;
    customerId: string;
    stepId: string;
    now: Date;
    occurrence: string | null;
  },
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO journey_runs (id, journey_id, journey_version, customer_id, status, step_id, next_run_at,
                               entered_at, updated_at, version, occurrence)
     VALUES ($1, $2, $3, $4, 'RUNNING', $5, $6, $6, $6, 1, $7)
     ON CONFLICT DO NOTHING RETURNING id`,
    [run.id, run.journeyId, run.journeyVersion, run.customerId, run.stepId, run.now, run.occurrence],
  );
  return rows.length > 0;
}

/** Live journeys the calendar starts, with the last occurrence each took customers in for. */
export function liveCalendarJourneys(
  manager: EntityManager,
): Promise<{ id: string; live_version: number; last_occurrence: string | null }[]> {
  return manager.query(
    `SELECT id, live_version, last_occurrence FROM journeys WHERE status = 'ACTIVE' AND trigger_key LIKE $1`,
    [`${CALENDAR_TRIGGER_PREFIX}%`],
  );
}

export async function markOccurrenceTaken(manager: EntityManager, journeyId: string, occurrence: string) {
  await manager.query('UPDATE journeys SET last_occurrence = $2 WHERE id = $1', [journeyId, occurrence]);
}

/** Customers (not erased) whose birthday, as MM-DD, is one of `monthDays`. */
export async function customersWithBirthday(manager: EntityManager, monthDays: string[]): Promise<string[]> {
  const rows: { customer_id: string }[] = await manager.query(
    `SELECT customer_id FROM customer_profiles
      WHERE NOT erased AND birth_date IS NOT NULL AND to_char(birth_date, 'MM-DD') = ANY($1)`,
    [monthDays],
  );
  return rows.map((row) => row.customer_id);
}

/** The definition a run follows: its own version's, whatever is live now. */
export async function definitionOfVersion(
  manager: EntityManager,
  journeyId: string,
  version: number,
): Promise<JourneyDefinition> {
  const [row]: { definition: JourneyDefinition }[] = await manager.query(
    'SELECT definition FROM journey_versions WHERE journey_id = $1 AND version = $2',
    [journeyId, version],
  );
  return row.definition;
}

/** Runs due at `now`, oldest first (journey_runs_due). */
export async function dueRunIds(dataSource: DataSource, now: Date, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT id FROM journey_runs WHERE status = 'RUNNING' AND next_run_at <= $1 ORDER BY next_run_at, id LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.id);
}

/** Whether the customer's profile matches a branch's rule now. */
export async function customerMatches(
  manager: EntityManager,
  customerId: string,
  rule: SegmentRule,
  now: Date,
): Promise<boolean> {
  const parameters = new SqlParameters([customerId]);
  const matches = compileSegmentRule(rule, parameters, now);
  const [row]: { matched: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM customer_profiles p WHERE p.customer_id = $1 AND ${matches}) AS matched`,
    parameters.values,
  );
  return row.matched;
}

export async function logStepCompleted(manager: EntityManager, runId: string, stepId: string, at: Date) {
  await manager.query(
    'INSERT INTO journey_run_steps (run_id, step_id, completed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [runId, stepId, at],
  );
}

export interface JourneyStats {
  entered: number;
  running: number;
  completed: number;
  exited: number;
  steps: { version: number; stepId: string; completed: number }[];
}

export async function journeyStats(dataSource: DataSource, journeyId: string): Promise<JourneyStats> {
  const [runs]: { entered: number; running: number; completed: number; exited: number }[] =
    await dataSource.query(
      `SELECT count(*)::int AS entered, count(*) FILTER (WHERE status = 'RUNNING')::int AS running,
            count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
            count(*) FILTER (WHERE status = 'EXITED')::int AS exited
       FROM journey_runs WHERE journey_id = $1`,
      [journeyId],
    );
  const steps: { version: number; step_id: string; completed: number }[] = await dataSource.query(
    `SELECT r.journey_version AS version, s.step_id, count(*)::int AS completed
       FROM journey_run_steps s JOIN journey_runs r ON r.id = s.run_id
      WHERE r.journey_id = $1 GROUP BY r.journey_version, s.step_id ORDER BY 1, 2`,
    [journeyId],
  );
  return {
    ...runs,
    steps: steps.map((step) => ({ version: step.version, stepId: step.step_id, completed: step.completed })),
  };
}

export function findJourneysByIds(dataSource: DataSource, ids: readonly string[]) {
  return dataSource.getRepository(Journey).findBy({ id: In(ids.filter(isUuid)) });
}

/** Newest first (journeys_created_at_id). */
export function listJourneys(dataSource: DataSource, page: PageRequest): Promise<Connection<Journey>> {
  return paginate(
    dataSource.getRepository(Journey).createQueryBuilder('journey'),
    {
      columns: ['journey.created_at', 'journey.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (journey) => [journey.createdAt.toISOString(), journey.id],
    },
    page,
  );
}
