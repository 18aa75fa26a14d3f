import type { DataSource } from 'typeorm';

/** Recipients with notifications due by mail and not mailed by `now` (index notifications_digest_due). */
export async function recipientsWithMailDue(
  dataSource: DataSource,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows: { recipient_id: string }[] = await dataSource.query(
    `SELECT DISTINCT recipient_id FROM notifications
      WHERE email_due AND emailed_at IS NULL AND created_at <= $1 LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.recipient_id);
}
