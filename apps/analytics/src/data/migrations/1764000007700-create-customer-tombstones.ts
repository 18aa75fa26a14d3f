import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merges and erasures remembered apart from the customers' facts, so an event that arrives after
 * them (another partition, or a replay in another order) respects them even before analytics has
 * seen the customer's creation. Filled from what the facts already recorded.
 */
export class CreateCustomerTombstones1764000007700 implements MigrationInterface {
  name = 'CreateCustomerTombstones1764000007700';

  async up(queryRunner: QueryRunner): Promise<void> {
    // survivor_id is the last survivor of a chain of merges, whatever order they arrived in.
    await queryRunner.query(`
      CREATE TABLE customer_merges (
        customer_id uuid PRIMARY KEY,
        survivor_id uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX customer_merges_survivor ON customer_merges (survivor_id)');
    await queryRunner.query(`
      CREATE TABLE customer_erasures (
        customer_id uuid PRIMARY KEY,
        erased_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO customer_merges (customer_id, survivor_id)
      SELECT customer_id, merged_into_id FROM customer_facts WHERE merged_into_id IS NOT NULL`);
    await queryRunner.query(`
      INSERT INTO customer_erasures (customer_id, erased_at)
      SELECT customer_id, erased_at FROM customer_facts WHERE erased_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customer_erasures');
    await queryRunner.query('DROP TABLE customer_merges');
  }
}
