import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Record scope on the timeline: the owner of a deal's or an order's entry (payments take their
 * order's). Entries recorded before have none, so only callers who read every deal or order see
 * them until the events are replayed.
 */
export class AddTimelineEntryOwner1764000002600 implements MigrationInterface {
  name = 'AddTimelineEntryOwner1764000002600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE timeline_entries ADD COLUMN owner_id uuid');
    // A payment's entry finds its order's owner, and an order's entry its payments.
    await queryRunner.query(
      'CREATE INDEX timeline_entries_order ON timeline_entries (order_id) WHERE order_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX timeline_entries_order');
    await queryRunner.query('ALTER TABLE timeline_entries DROP COLUMN owner_id');
  }
}
