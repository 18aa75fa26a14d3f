import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer scores (issue 14 §3, §4): the facts they are computed from, kept from other domains'
 * events in any order (each event fills its own row or columns), and one row of scores per
 * customer with whether the churn loop last announced them at risk.
 */
export class CreateCustomerScores1764000004640 implements MigrationInterface {
  name = 'CreateCustomerScores1764000004640';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Payments are purchases for the scores and revenue for campaign attribution.
    await queryRunner.query(`
      CREATE TABLE customer_payments (
        payment_id uuid PRIMARY KEY,
        order_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX customer_payments_customer ON customer_payments (customer_id, received_at)',
    );
    // A complaint is open from its opening until resolved or closed, and again after a reopening.
    await queryRunner.query(`
      CREATE TABLE customer_complaints (
        ticket_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        opened_at timestamptz,
        done_at timestamptz,
        reopened_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX customer_complaints_customer ON customer_complaints (customer_id)');
    await queryRunner.query(`
      CREATE TABLE customer_survey_answers (
        response_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        csat_score smallint,
        nps_score smallint,
        responded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX customer_survey_answers_customer ON customer_survey_answers (customer_id, responded_at DESC)',
    );
    await queryRunner.query(`
      CREATE TABLE customer_scores (
        customer_id uuid PRIMARY KEY,
        purchases integer NOT NULL,
        last_purchase_at timestamptz,
        monetary numeric(19, 4) NOT NULL,
        recency_score smallint,
        frequency_score smallint,
        monetary_score smallint,
        clv numeric(19, 2),
        currency char(3) NOT NULL,
        churn_risk numeric(5, 4) NOT NULL,
        churn_reasons jsonb NOT NULL,
        at_risk boolean NOT NULL DEFAULT false,
        scored_at timestamptz NOT NULL
      )`);
    // RFM ranks a customer against the base: one index per figure makes "how many at or below" cheap.
    await queryRunner.query(
      'CREATE INDEX customer_scores_recency ON customer_scores (last_purchase_at) WHERE purchases > 0',
    );
    await queryRunner.query(
      'CREATE INDEX customer_scores_frequency ON customer_scores (purchases) WHERE purchases > 0',
    );
    await queryRunner.query(
      'CREATE INDEX customer_scores_monetary ON customer_scores (monetary) WHERE purchases > 0',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customer_scores');
    await queryRunner.query('DROP TABLE customer_survey_answers');
    await queryRunner.query('DROP TABLE customer_complaints');
    await queryRunner.query('DROP TABLE customer_payments');
  }
}
