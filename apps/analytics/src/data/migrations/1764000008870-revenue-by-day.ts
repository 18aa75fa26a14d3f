import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REVENUE_DAY_TOTALS } from '../revenue-rollups';
import { refillCustomerRollupsSql } from '../customer-rollup.repository';

/**
 * Contribution by day and week at a million customers (issue 14 item 8): a company-wide question
 * bucketed by day or week read every customer's revenue days for its series. Converted revenue is
 * now also summed per day. Sharded by consumer lane like the other roll-ups (1764000008840).
 */
export class RevenueByDay1764000008870 implements MigrationInterface {
  name = 'RevenueByDay1764000008870';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_revenue_day_totals (
        day date NOT NULL,
        days int NOT NULL,
        value numeric(24, 4) NOT NULL,
        shard integer NOT NULL DEFAULT coalesce(hashtext(nullif(current_setting('crm.consumer_lane', true), '')), 0),
        CONSTRAINT report_revenue_day_totals_key UNIQUE (day, shard)
      )`);
    for (const sql of refillCustomerRollupsSql([REVENUE_DAY_TOTALS])) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_revenue_day_totals');
  }
}
