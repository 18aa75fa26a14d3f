import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomers1764000000100 implements MigrationInterface {
  name = 'CreateCustomers1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('COMPANY', 'PERSON')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text,
        phone text,
        owner_id uuid,
        lifecycle_stage text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX customers_created_at_id ON customers (created_at, id)');
    await queryRunner.query(
      'CREATE INDEX customers_owner_created_at ON customers (owner_id, created_at, id)',
    );
    await queryRunner.query('CREATE INDEX customers_kind_created_at ON customers (kind, created_at, id)');
    await queryRunner.query(
      'CREATE INDEX customers_lifecycle_created_at ON customers (lifecycle_stage, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customers');
  }
}
