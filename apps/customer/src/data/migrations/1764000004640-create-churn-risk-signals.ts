import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The churn loop (issue 14 §4): the time of the latest churn-risk signal analytics sent about each
 * customer, so an older detection arriving after a newer clearing (or the reverse) changes nothing.
 */
export class CreateChurnRiskSignals1764000004640 implements MigrationInterface {
  name = 'CreateChurnRiskSignals1764000004640';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE churn_risk_signals (
        customer_id uuid PRIMARY KEY,
        signal text NOT NULL CHECK (signal IN ('DETECTED', 'CLEARED')),
        signalled_at timestamptz NOT NULL,
        event_id uuid NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE churn_risk_signals');
  }
}
