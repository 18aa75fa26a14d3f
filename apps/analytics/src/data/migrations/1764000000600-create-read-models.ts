import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReadModels1764000000600 implements MigrationInterface {
  name = 'CreateReadModels1764000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customer_facts (
        customer_id uuid PRIMARY KEY,
        kind text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE open_opportunities (
        opportunity_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        opened_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX open_opportunities_customer ON open_opportunities (customer_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE open_opportunities');
    await queryRunner.query('DROP TABLE customer_facts');
  }
}
