import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CUSTOMER_ROLLUPS } from '../customer-rollups';
import { refillCustomerRollupsSql } from '../customer-rollup.repository';
import { reconvertRevenueSql } from '../revenue-conversion.repository';
import { revenueBandSql } from '../revenue-rollups';

/** Filled from today's roll-up definitions, which later migrations extend with tables of their own. */
const TABLES_MADE_HERE = [
  'report_churn_base_months',
  'report_churn_loss_months',
  'report_cohort_months',
  'report_revenue_owner_months',
  'report_revenue_product_months',
  'report_customer_revenue_periods',
  'report_revenue_period_bands',
];

/**
 * Contribution and churn at a million customers (issue 14 item 8; apps/analytics/README "Customer
 * report roll-ups"). Churn: monthly counts per segment, owner and region of customers created,
 * absences started and ended, churn spells lost and cohort purchases; each spell learns whether it
 * opened an absence (no other spell of the customer open then) and the customer's previous churn,
 * overall and for its reason, which lets monthly counts give distinct customers over any months.
 * Contribution: each revenue day's value in the reporting currency at its day's rate, kept at
 * write time, and its sums per month by owner and region and by product, per customer and calendar
 * period, and per period by band of revenue.
 */
export class CreateCustomerReportRollups1764000008820 implements MigrationInterface {
  name = 'CreateCustomerReportRollups1764000008820';

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
    await queryRunner.query(
      'CREATE INDEX report_cohort_months_owner ON report_cohort_months (owner_id, cohort_month)',
    );
    await this.createRevenueRollups(queryRunner);
    const madeHere = CUSTOMER_ROLLUPS.filter((rollup) => TABLES_MADE_HERE.includes(rollup.table));
    for (const sql of refillCustomerRollupsSql(madeHere)) await queryRunner.query(sql);
  }

  private async createRevenueRollups(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE report_revenue_days ADD COLUMN value numeric(24, 4)');
    await queryRunner.query(reconvertRevenueSql('true'));
    await queryRunner.query(`
      CREATE TABLE report_revenue_owner_months (
        owner_id uuid,
        region text,
        currency text NOT NULL,
        month date NOT NULL,
        days int NOT NULL,
        value numeric(24, 4) NOT NULL,
        unconverted_days int NOT NULL,
        unconverted numeric(24, 4) NOT NULL,
        CONSTRAINT report_revenue_owner_months_key UNIQUE NULLS NOT DISTINCT (owner_id, region, currency, month)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_revenue_product_months (
        product_id uuid,
        month date NOT NULL,
        days int NOT NULL,
        value numeric(24, 4) NOT NULL,
        CONSTRAINT report_revenue_product_months_key UNIQUE NULLS NOT DISTINCT (product_id, month)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_customer_revenue_periods (
        period text NOT NULL,
        period_start date NOT NULL,
        customer_id uuid NOT NULL,
        days int NOT NULL,
        value numeric(24, 4) NOT NULL,
        band numeric GENERATED ALWAYS AS (${revenueBandSql('value')}) STORED,
        CONSTRAINT report_customer_revenue_periods_key UNIQUE (period, period_start, customer_id)
      )`);
    // The ranking's head, and the customers of the bands a threshold falls in.
    await queryRunner.query(
      'CREATE INDEX report_customer_revenue_periods_rank ON report_customer_revenue_periods (period, period_start, value DESC, customer_id)',
    );
    await queryRunner.query(
      'CREATE INDEX report_customer_revenue_periods_band ON report_customer_revenue_periods (period, period_start, band, value DESC, customer_id)',
    );
    await queryRunner.query(`
      CREATE TABLE report_revenue_period_bands (
        period text NOT NULL,
        period_start date NOT NULL,
        band numeric NOT NULL,
        customers int NOT NULL,
        value numeric(24, 4) NOT NULL,
        CONSTRAINT report_revenue_period_bands_key UNIQUE (period, period_start, band)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'report_revenue_period_bands',
      'report_customer_revenue_periods',
      'report_revenue_product_months',
      'report_revenue_owner_months',
      'report_churn_loss_months',
      'report_churn_base_months',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query('ALTER TABLE report_revenue_days DROP COLUMN value');
    await queryRunner.query(`
      ALTER TABLE report_churn_spells
        DROP COLUMN opens_absence, DROP COLUMN previous_churned_at, DROP COLUMN previous_reason_churned_at`);
  }
}
