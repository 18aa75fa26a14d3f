import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1764000000300 implements MigrationInterface {
  name = 'CreateUsers1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (email = lower(email)),
        active boolean NOT NULL DEFAULT true,
        roles text[] NOT NULL CHECK (
          cardinality(roles) >= 1
          AND roles <@ ARRAY['ADMIN', 'SALES_MANAGER', 'SALES_REP', 'SUPPORT_MANAGER',
                             'SUPPORT_AGENT', 'MARKETER', 'ANALYST', 'READ_ONLY']::text[]
        ),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX users_email_key ON users (lower(email))');
    await queryRunner.query('CREATE INDEX users_created_at_id ON users (created_at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE users');
  }
}
