import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COMPOSITION_MONTHS } from '../customer-rollups';
import { refillCustomerRollupsSql } from '../customer-rollup.repository';

/**
 * The composition report at a million customers (issue 14 item 8) read every customer created up
 * to the period's end. Customers are now counted by each attribute's current value per owner,
 * region and month of creation; the report reads those months and the customers of a month the
 * period ends within. Sharded by consumer lane like the other roll-ups (1764000008840).
 */
export class CompositionByMonth1764000008860 implements MigrationInterface {
  name = 'CompositionByMonth1764000008860';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_composition_months (
        owner_id uuid,
        region text,
        attribute text NOT NULL,
        value text,
        month date NOT NULL,
        customers int NOT NULL,
        shard integer NOT NULL DEFAULT coalesce(hashtext(nullif(current_setting('crm.consumer_lane', true), '')), 0),
        CONSTRAINT report_composition_months_key UNIQUE NULLS NOT DISTINCT (owner_id, region, attribute, value, month, shard)
      )`);
    await queryRunner.query(
      'CREATE INDEX report_composition_months_owner ON report_composition_months (owner_id, month)',
    );
    for (const sql of refillCustomerRollupsSql([COMPOSITION_MONTHS])) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_composition_months');
  }
}
