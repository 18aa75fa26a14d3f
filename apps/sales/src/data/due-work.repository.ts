import type { DataSource } from 'typeorm';

/**
 * The rows each scheduled sweep looks at: the SQL side of the domain time rules (domain/*-expiry,
 * *-reminder, order-overdue), narrowed by their partial indexes. The job re-checks every row with
 * the domain rule under its row lock, so these only have to find every candidate.
 */
export const SWEEP_BATCH = 500;

const ids = async (dataSource: DataSource, sql: string, parameters: unknown[]): Promise<string[]> =>
  ((await dataSource.query(sql, [...parameters, SWEEP_BATCH])) as { id: string }[]).map((row) => row.id);

export const activitiesToRemind = (dataSource: DataSource, now: Date) =>
  ids(
    dataSource,
    `SELECT id FROM activities
     WHERE completed_at IS NULL AND remind_at IS NOT NULL AND reminder_sent_for IS DISTINCT FROM remind_at
       AND remind_at <= $1
     ORDER BY remind_at, id LIMIT $2`,
    [now],
  );

export const contractsToExpire = (dataSource: DataSource, today: string) =>
  ids(
    dataSource,
    `SELECT id FROM contracts WHERE status = 'ACTIVE' AND end_date < $1 ORDER BY end_date, id LIMIT $2`,
    [today],
  );

export const contractsToRemindOfRenewal = (dataSource: DataSource, today: string) =>
  ids(
    dataSource,
    `SELECT id FROM contracts
     WHERE status IN ('SIGNED', 'ACTIVE') AND renewal_reminder_on <= $1 AND renewal_date >= $1
       AND renewal_reminder_sent_for IS DISTINCT FROM renewal_date
     ORDER BY renewal_reminder_on, id LIMIT $2`,
    [today],
  );

export const quotesToExpire = (dataSource: DataSource, today: string) =>
  ids(
    dataSource,
    `SELECT id FROM quotes WHERE status IN ('DRAFT', 'ISSUED') AND valid_until < $1
     ORDER BY valid_until, id LIMIT $2`,
    [today],
  );

export const ordersToAnnounceOverdue = (dataSource: DataSource, today: string) =>
  ids(
    dataSource,
    `SELECT id FROM orders WHERE status <> 'PAID' AND overdue_notified_at IS NULL AND due_date < $1
     ORDER BY due_date, id LIMIT $2`,
    [today],
  );
