import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Automation journeys: each published version keeps its definition (running customers finish on
 * theirs); a run is one customer's way through one version, picked up by the runner when due; each
 * completed step is logged for the per-step stats. A customer runs a journey once at a time.
 */
export class CreateJourneys1764000004400 implements MigrationInterface {
  name = 'CreateJourneys1764000004400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE journeys (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
        definition jsonb NOT NULL,
        live_version integer,
        trigger_key text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX journeys_created_at_id ON journeys (created_at, id)');
    await queryRunner.query(
      "CREATE INDEX journeys_live_trigger ON journeys (trigger_key) WHERE status = 'ACTIVE'",
    );
    await queryRunner.query(`
      CREATE TABLE journey_versions (
        journey_id uuid NOT NULL REFERENCES journeys (id),
        version integer NOT NULL,
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        PRIMARY KEY (journey_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE journey_runs (
        id uuid PRIMARY KEY,
        journey_id uuid NOT NULL REFERENCES journeys (id),
        journey_version integer NOT NULL,
        customer_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'EXITED')),
        step_id text,
        waiting_until timestamptz,
        next_run_at timestamptz,
        entered_at timestamptz NOT NULL,
        ended_at timestamptz,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        FOREIGN KEY (journey_id, journey_version) REFERENCES journey_versions (journey_id, version)
      )`);
    await queryRunner.query(
      "CREATE UNIQUE INDEX journey_runs_one_running ON journey_runs (journey_id, customer_id) WHERE status = 'RUNNING'",
    );
    await queryRunner.query(
      "CREATE INDEX journey_runs_due ON journey_runs (next_run_at, id) WHERE status = 'RUNNING'",
    );
    await queryRunner.query('CREATE INDEX journey_runs_customer ON journey_runs (customer_id)');
    await queryRunner.query(`
      CREATE TABLE journey_run_steps (
        run_id uuid NOT NULL REFERENCES journey_runs (id),
        step_id text NOT NULL,
        completed_at timestamptz NOT NULL,
        PRIMARY KEY (run_id, step_id, completed_at)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE journey_run_steps');
    await queryRunner.query('DROP TABLE journey_runs');
    await queryRunner.query('DROP TABLE journey_versions');
    await queryRunner.query('DROP TABLE journeys');
  }
}
