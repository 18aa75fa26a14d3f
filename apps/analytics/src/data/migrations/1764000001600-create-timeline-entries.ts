import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTimelineEntries1764000001600 implements MigrationInterface {
  name = 'CreateTimelineEntries1764000001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE timeline_entries (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        kind text NOT NULL,
        occurred_at timestamptz NOT NULL,
        title text NOT NULL,
        summary text,
        interaction_id uuid,
        opportunity_id uuid,
        order_id uuid,
        payment_id uuid,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL
      )`);
    // Customer.timeline: newest first, optionally of some kinds.
    await queryRunner.query(
      'CREATE INDEX timeline_entries_customer_occurred_at ON timeline_entries (customer_id, occurred_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX timeline_entries_customer_kind_occurred_at ON timeline_entries (customer_id, kind, occurred_at DESC, id DESC)',
    );
    // Record scope of a customer's analytics (its owner) and what merges and erasures did to it.
    await queryRunner.query(`
      ALTER TABLE customer_facts
        ADD COLUMN owner_id uuid,
        ADD COLUMN merged_into_id uuid,
        ADD COLUMN erased_at timestamptz`);
    await queryRunner.query('CREATE INDEX customer_facts_merged_into ON customer_facts (merged_into_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX customer_facts_merged_into');
    await queryRunner.query(
      'ALTER TABLE customer_facts DROP COLUMN erased_at, DROP COLUMN merged_into_id, DROP COLUMN owner_id',
    );
    await queryRunner.query('DROP TABLE timeline_entries');
  }
}
