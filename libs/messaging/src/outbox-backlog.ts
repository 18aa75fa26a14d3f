import type { DataSource } from 'typeorm';

/** What waits in a service's outbox for the relay. */
export interface OutboxBacklog {
  pending: number;
  /** 0 when nothing waits. */
  oldestPendingAgeSeconds: number;
}

/** One look at the outbox; the partial index `outbox_pending` keeps it cheap while the relay keeps up. */
export async function readOutboxBacklog(dataSource: DataSource, schema: string): Promise<OutboxBacklog> {
  const table = `${dataSource.driver.escape(schema)}.outbox`;
  const [row] = await dataSource.query<{ pending: number; oldest_age_s: number | null }[]>(
    `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest_age_s
       FROM ${table} WHERE sent_at IS NULL`,
  );
  return { pending: row.pending, oldestPendingAgeSeconds: row.oldest_age_s ?? 0 };
}
