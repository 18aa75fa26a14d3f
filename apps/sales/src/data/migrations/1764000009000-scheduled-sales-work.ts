import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 part 4, scheduled work: each time rule records on its row that it fired, in the
 * transaction of its event, so a repeated run publishes nothing twice; partial indexes keep each
 * sweep's "what is due" query to the rows still pending.
 */
export class ScheduledSalesWork1764000009000 implements MigrationInterface {
  name = 'ScheduledSalesWork1764000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE activities ADD COLUMN reminder_sent_at timestamptz, ADD COLUMN reminder_sent_for timestamptz',
    );
    await queryRunner.query(`
      CREATE INDEX activities_reminder_pending ON activities (remind_at, id)
      WHERE completed_at IS NULL AND remind_at IS NOT NULL AND reminder_sent_for IS DISTINCT FROM remind_at`);
    await queryRunner.query(
      'ALTER TABLE contracts ADD COLUMN renewal_reminder_sent_at timestamptz, ADD COLUMN renewal_reminder_sent_for date',
    );
    await queryRunner.query(
      "CREATE INDEX contracts_active_end_date ON contracts (end_date, id) WHERE status = 'ACTIVE'",
    );
    await queryRunner.query(
      "CREATE INDEX quotes_undecided_valid_until ON quotes (valid_until, id) WHERE status IN ('DRAFT', 'ISSUED')",
    );
    await queryRunner.query('ALTER TABLE orders ADD COLUMN overdue_notified_at timestamptz');
    await queryRunner.query(`
      CREATE INDEX orders_overdue_unannounced ON orders (due_date, id)
      WHERE status <> 'PAID' AND overdue_notified_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX orders_overdue_unannounced');
    await queryRunner.query('ALTER TABLE orders DROP COLUMN overdue_notified_at');
    await queryRunner.query('DROP INDEX quotes_undecided_valid_until');
    await queryRunner.query('DROP INDEX contracts_active_end_date');
    await queryRunner.query(
      'ALTER TABLE contracts DROP COLUMN renewal_reminder_sent_at, DROP COLUMN renewal_reminder_sent_for',
    );
    await queryRunner.query('DROP INDEX activities_reminder_pending');
    await queryRunner.query(
      'ALTER TABLE activities DROP COLUMN reminder_sent_at, DROP COLUMN reminder_sent_for',
    );
  }
}
