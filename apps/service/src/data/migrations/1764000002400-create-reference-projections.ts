import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the service knows of the customers and teams other services own, learnt from their events
 * (DESIGN §2), so a ticket never references one that does not exist.
 */
export class CreateReferenceProjections1764000002400 implements MigrationInterface {
  name = 'CreateReferenceProjections1764000002400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_customers (
        id uuid PRIMARY KEY,
        merged_into_id uuid,
        erased_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX known_customers_merged_into ON known_customers (merged_into_id)');
    await queryRunner.query(`
      CREATE TABLE known_teams (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        manager_id uuid,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE known_teams');
    await queryRunner.query('DROP TABLE known_customers');
  }
}
