import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CUSTOMER_ROLLUPS } from '../customer-rollups';
import { refillCustomerRollupsSql } from '../customer-rollup.repository';

/**
 * Churn at a million customers (issue 14 item 8): monthly counts per segment, owner and region of
 * customers created, absences started and ended, churn spells lost and cohort purchases, so the
 * churn report sums a few thousand rows instead of joining every customer to its spells
 * (apps/analytics/README "Customer report roll-ups"). Each spell learns whether it opened an
 * absence (no other spell of the customer open then) and the customer's previous churn, overall and
 * for its reason: what lets monthly counts give distinct customers over any run of months.
 */
export class CreateChurnRollups1764000008820 implements MigrationInterface {
  name = 'CreateChurnRollups1764000008820';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE report_churn_spells
        ADD COLUMN opens_absence boolean NOT NULL DEFAULT true,
        ADD COLUMN previous_churned_at timestamptz,
        ADD COLUMN previous_reason_churned_at timestamptz`);
    await queryRunner.query(`
      UPDATE report_churn_spells s SET
        opens_absence = NOT EXISTS (
          SELECT 1 FROM report_churn_spells o WHERE o.customer_id = s.customer_id AND o.churned_at < s.churned_at
             AND (o.reactivated_at IS NULL OR o.reactivated_at > s.churned_at)),
        previous_churned_at = (SELECT max(o.churned_at) FROM report_churn_spells o
                               WHERE o.customer_id = s.customer_id AND o.churned_at < s.churned_at),
        previous_reason_churned_at = (SELECT max(o.churned_at) FROM report_churn_spells o
                                      WHERE o.customer_id = s.customer_id AND o.reason = s.reason AND o.churned_at < s.churned_at)`);
    await queryRunner.query(`
      CREATE TABLE report_churn_base_months (
        segment_id uuid,
        owner_id uuid,
        region text,
        month date NOT NULL,
        created int NOT NULL,
        absences_started int NOT NULL,
        absences_ended int NOT NULL,
        CONSTRAINT report_churn_base_months_key UNIQUE NULLS NOT DISTINCT (segment_id, owner_id, region, month)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_churn_loss_months (
        segment_id uuid,
        owner_id uuid,
        region text,
        reason text NOT NULL,
        month date NOT NULL,
        previous_month date,
        previous_reason_month date,
        spells int NOT NULL,
        CONSTRAINT report_churn_loss_months_key UNIQUE NULLS NOT DISTINCT
          (segment_id, owner_id, region, reason, month, previous_month, previous_reason_month)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_cohort_months (
        owner_id uuid,
        region text,
        cohort_month date NOT NULL,
        month date NOT NULL,
        customers int NOT NULL,
        CONSTRAINT report_cohort_months_key UNIQUE NULLS NOT DISTINCT (owner_id, region, cohort_month, month)
      )`);
    // Company-wide reads take the segment-less rows by month; a rep's take theirs by owner.
    await queryRunner.query(
      'CREATE INDEX report_churn_base_months_owner ON report_churn_base_months (owner_id, month) WHERE segment_id IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX report_churn_loss_months_owner ON report_churn_loss_months (owner_id, month) WHERE segment_id IS NULL',
    );
    await queryRunner.query('CREATE INDEX report_cohort_months_owner ON report_cohort_months (owner_id, cohort_month)');
    for (const sql of refillCustomerRollupsSql(CUSTOMER_ROLLUPS)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report_cohort_months', 'report_churn_loss_months', 'report_churn_base_months']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`
      ALTER TABLE report_churn_spells
        DROP COLUMN opens_absence, DROP COLUMN previous_churned_at, DROP COLUMN previous_reason_churned_at`);
  }
}
