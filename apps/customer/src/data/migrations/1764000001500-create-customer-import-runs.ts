import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per customer import (CSV or GraphQL): who ran it, with which duplicate policy, and what
 * it did. The audit trail has one entry per run pointing here, not one per imported row; an
 * idempotent GraphQL import replays its stored result.
 */
export class CreateCustomerImportRuns1764000001500 implements MigrationInterface {
  name = 'CreateCustomerImportRuns1764000001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customer_import_runs (
        id uuid PRIMARY KEY,
        actor_id text NOT NULL,
        origin text NOT NULL CHECK (origin IN ('CSV', 'GRAPHQL')),
        source_name text,
        on_duplicate text NOT NULL CHECK (on_duplicate IN ('SKIP', 'MERGE')),
        status text NOT NULL CHECK (status IN ('COMPLETED', 'FAILED')),
        created integer NOT NULL,
        skipped integer NOT NULL,
        merged integer NOT NULL,
        rejected integer NOT NULL,
        problems jsonb,
        error text,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customer_import_runs');
  }
}
