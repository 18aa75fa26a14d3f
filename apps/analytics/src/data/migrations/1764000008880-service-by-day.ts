import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SERVICE_ROLLUPS } from '../service-rollups';
import { refillCustomerRollupsSql } from '../customer-rollup.repository';

/**
 * The service report at a million customers (issue 14 item 8) read every ticket and survey answer
 * of its period with its customer. Their figures are now summed per region, queue, agent and day,
 * and the same per customer owner too.
 * Sharded by consumer lane like the other roll-ups (1764000008840).
 */
export class ServiceByDay1764000008880 implements MigrationInterface {
  name = 'ServiceByDay1764000008880';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, owner] of [
      ['report_service_days', ''],
      ['report_service_owner_days', 'owner_id uuid,'],
    ]) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          ${owner}
          region text,
          queue_id uuid,
          assignee_id uuid,
          day date NOT NULL,
          tickets int NOT NULL,
          resolved int NOT NULL,
          first_responses int NOT NULL,
          first_response_minutes numeric NOT NULL,
          resolution_minutes numeric NOT NULL,
          compliant int NOT NULL,
          responses int NOT NULL,
          csat_answers int NOT NULL,
          satisfied int NOT NULL,
          nps_answers int NOT NULL,
          promoters int NOT NULL,
          detractors int NOT NULL,
          shard integer NOT NULL DEFAULT coalesce(hashtext(nullif(current_setting('crm.consumer_lane', true), '')), 0),
          CONSTRAINT ${table}_key UNIQUE NULLS NOT DISTINCT (${owner ? 'owner_id, ' : ''}region, queue_id, assignee_id, day, shard)
        )`);
    }
    await queryRunner.query('CREATE INDEX report_service_days_day ON report_service_days (day)');
    await queryRunner.query(
      'CREATE INDEX report_service_owner_days_owner ON report_service_owner_days (owner_id, day)',
    );
    for (const sql of refillCustomerRollupsSql(SERVICE_ROLLUPS)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_service_owner_days');
    await queryRunner.query('DROP TABLE report_service_days');
  }
}
