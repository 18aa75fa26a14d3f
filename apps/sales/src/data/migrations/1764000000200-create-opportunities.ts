import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOpportunities1764000000200 implements MigrationInterface {
  name = 'CreateOpportunities1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_customers (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE opportunities (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES known_customers (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        amount numeric(19, 4) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        stage text NOT NULL,
        probability smallint NOT NULL CHECK (probability BETWEEN 0 AND 100),
        expected_close_date date,
        owner_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX opportunities_customer_created_at ON opportunities (customer_id, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE opportunities');
    await queryRunner.query('DROP TABLE known_customers');
  }
}
