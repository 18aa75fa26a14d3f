import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Journeys started by the calendar: on a date field (a birthday) or on a schedule. The projection
 * keeps birth dates; a run remembers the occurrence that started it (a year's birthday, a
 * schedule's slot), entered once per customer; a journey remembers the last occurrence it took in.
 */
export class AddCalendarJourneyTriggers1764000004410 implements MigrationInterface {
  name = 'AddCalendarJourneyTriggers1764000004410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customer_profiles ADD COLUMN birth_date date');
    await queryRunner.query('ALTER TABLE journey_runs ADD COLUMN occurrence text');
    await queryRunner.query(
      'CREATE UNIQUE INDEX journey_runs_once_per_occurrence ON journey_runs (journey_id, customer_id, occurrence) WHERE occurrence IS NOT NULL',
    );
    await queryRunner.query('ALTER TABLE journeys ADD COLUMN last_occurrence text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE journeys DROP COLUMN last_occurrence');
    await queryRunner.query('DROP INDEX journey_runs_once_per_occurrence');
    await queryRunner.query('ALTER TABLE journey_runs DROP COLUMN occurrence');
    await queryRunner.query('ALTER TABLE customer_profiles DROP COLUMN birth_date');
  }
}
