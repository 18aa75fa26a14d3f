import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tickets belong to a support team's queue (identity's Team, referenced by id only). */
export class AddTicketQueue1764000000410 implements MigrationInterface {
  name = 'AddTicketQueue1764000000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE tickets ADD COLUMN queue_id uuid');
    await queryRunner.query('CREATE INDEX tickets_queue_created_at ON tickets (queue_id, created_at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX tickets_queue_created_at');
    await queryRunner.query('ALTER TABLE tickets DROP COLUMN queue_id');
  }
}
