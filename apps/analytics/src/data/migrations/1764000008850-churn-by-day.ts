import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHURN_BASE_DAYS, CHURN_LOSS_DAYS } from '../customer-rollups';
import { refillCustomerRollupsSql } from '../customer-rollup.repository';

const SHARD = `shard integer NOT NULL DEFAULT coalesce(hashtext(nullif(current_setting('crm.consumer_lane', true), '')), 0)`;

/**
 * Churn by day and week at a million customers (issue 14 item 8): the churn report read every
 * customer for any period that was not whole months bucketed by month or coarser. Customers
 * created, absences started and ended, and spells lost are now also counted per day: such a
 * period reads its days, and what came before it months. Sharded by consumer lane like the other
 * roll-ups (1764000008840).
 */
export class ChurnByDay1764000008850 implements MigrationInterface {
  name = 'ChurnByDay1764000008850';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_churn_base_days (
        segment_id uuid,
        owner_id uuid,
        region text,
        day date NOT NULL,
        created int NOT NULL,
        absences_started int NOT NULL,
        absences_ended int NOT NULL,
        ${SHARD},
        CONSTRAINT report_churn_base_days_key UNIQUE NULLS NOT DISTINCT (segment_id, owner_id, region, day, shard)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_churn_loss_days (
        segment_id uuid,
        owner_id uuid,
        region text,
        reason text NOT NULL,
        day date NOT NULL,
        previous_day date,
        previous_reason_day date,
        spells int NOT NULL,
        ${SHARD},
        CONSTRAINT report_churn_loss_days_key UNIQUE NULLS NOT DISTINCT
          (segment_id, owner_id, region, reason, day, previous_day, previous_reason_day, shard)
      )`);
    // A period's days: company-wide, a rep's, or one segment's.
    for (const table of ['report_churn_base_days', 'report_churn_loss_days']) {
      await queryRunner.query(`CREATE INDEX ${table}_company ON ${table} (day) WHERE segment_id IS NULL`);
      await queryRunner.query(
        `CREATE INDEX ${table}_owner ON ${table} (owner_id, day) WHERE segment_id IS NULL`,
      );
      await queryRunner.query(
        `CREATE INDEX ${table}_segment ON ${table} (segment_id, day) WHERE segment_id IS NOT NULL`,
      );
    }
    for (const sql of refillCustomerRollupsSql([CHURN_BASE_DAYS, CHURN_LOSS_DAYS]))
      await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_churn_loss_days');
    await queryRunner.query('DROP TABLE report_churn_base_days');
  }
}
