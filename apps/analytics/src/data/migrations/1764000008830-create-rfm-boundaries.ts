import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scores at a million customers (issue 14 item 3): the RFM quintile cuts the nightly job computes
 * over the base, against which an event scores its customer (domain/rfm.ts), and where the nightly
 * run stands, so a run that stopped resumes at its next batch. The indexes that let an event count
 * the base go: nothing counts it per event any more, and every score update had to maintain them.
 */
export class CreateRfmBoundaries1764000008830 implements MigrationInterface {
  name = 'CreateRfmBoundaries1764000008830';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rfm_boundaries (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        population integer NOT NULL,
        recency_cuts timestamptz[] NOT NULL CHECK (cardinality(recency_cuts) = 4),
        frequency_cuts integer[] NOT NULL CHECK (cardinality(frequency_cuts) = 4),
        monetary_cuts numeric[] NOT NULL CHECK (cardinality(monetary_cuts) = 4),
        computed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE customer_score_runs (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        job_id text NOT NULL,
        run_at timestamptz NOT NULL,
        phase text NOT NULL CHECK (phase IN ('SCORING', 'RANKING', 'DONE')),
        after_customer_id uuid
      )`);
    await queryRunner.query('DROP INDEX customer_scores_recency');
    await queryRunner.query('DROP INDEX customer_scores_frequency');
    await queryRunner.query('DROP INDEX customer_scores_monetary');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX customer_scores_monetary ON customer_scores (monetary) WHERE purchases > 0',
    );
    await queryRunner.query(
      'CREATE INDEX customer_scores_frequency ON customer_scores (purchases) WHERE purchases > 0',
    );
    await queryRunner.query(
      'CREATE INDEX customer_scores_recency ON customer_scores (last_purchase_at) WHERE purchases > 0',
    );
    await queryRunner.query('DROP TABLE customer_score_runs');
    await queryRunner.query('DROP TABLE rfm_boundaries');
  }
}
