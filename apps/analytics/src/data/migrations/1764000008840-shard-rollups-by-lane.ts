import type { MigrationInterface, QueryRunner } from 'typeorm';
import { foldShardsSql, type ShardedRollup } from '../rollup-shards';

/** The counter tables partitions write side by side, with their keys and measures as the migrations made them. */
const SHARDED: ShardedRollup[] = [
  { table: 'sales_created_months', keys: ['month', 'owner_id', 'furthest_stage'], measures: ['deals'] },
  {
    table: 'sales_closed_months',
    keys: ['month', 'owner_id', 'source'],
    measures: ['won', 'lost', 'won_amount', 'cycle_seconds'],
  },
  {
    table: 'sales_open_months',
    keys: ['month', 'owner_id', 'currency', 'probability'],
    measures: ['deals', 'amount'],
  },
  { table: 'sales_open_owner_totals', keys: ['owner_id'], measures: ['deals'] },
  {
    table: 'report_churn_base_months',
    keys: ['segment_id', 'owner_id', 'region', 'month'],
    measures: ['created', 'absences_started', 'absences_ended'],
  },
  {
    table: 'report_churn_loss_months',
    keys: ['segment_id', 'owner_id', 'region', 'reason', 'month', 'previous_month', 'previous_reason_month'],
    measures: ['spells'],
  },
  {
    table: 'report_cohort_months',
    keys: ['owner_id', 'region', 'cohort_month', 'month'],
    measures: ['customers'],
  },
  {
    table: 'report_revenue_owner_months',
    keys: ['owner_id', 'region', 'currency', 'month'],
    measures: ['days', 'value', 'unconverted_days', 'unconverted'],
  },
  { table: 'report_revenue_product_months', keys: ['product_id', 'month'], measures: ['days', 'value'] },
  {
    table: 'report_revenue_period_bands',
    keys: ['period', 'period_start', 'band'],
    measures: ['customers', 'value'],
  },
];

/**
 * Roll-up rows per consumer lane (issue 16 item 6): every batch transaction of a partition upserted
 * the same few counter rows (an owner's month, a revenue band) as the other partitions' batches, so
 * partitions applied side by side waited on each other's row locks until commit. Each row now
 * belongs to a shard, the hash of the lane that wrote it (libs/messaging CONSUMER_LANE_SETTING; 0
 * outside a consumer); reports sum over shards, and a job folds shards into 0 (rollup-shards.ts).
 */
export class ShardRollupsByLane1764000008840 implements MigrationInterface {
  name = 'ShardRollupsByLane1764000008840';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, keys } of SHARDED) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN shard integer NOT NULL
           DEFAULT coalesce(hashtext(nullif(current_setting('crm.consumer_lane', true), '')), 0)`,
      );
      await queryRunner.query(
        `ALTER TABLE ${table} DROP CONSTRAINT ${table}_key,
           ADD CONSTRAINT ${table}_key UNIQUE NULLS NOT DISTINCT (${[...keys, 'shard'].join(', ')})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const rollup of SHARDED) {
      const { table, keys } = rollup;
      const zeros: { row_id: string; zero: boolean }[] = await queryRunner.query(foldShardsSql(rollup));
      const rowIds = zeros.filter((row) => row.zero).map((row) => row.row_id);
      await queryRunner.query(`DELETE FROM ${table} WHERE ctid = ANY($1::tid[])`, [rowIds]);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_key`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN shard`);
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_key UNIQUE NULLS NOT DISTINCT (${keys.join(', ')})`,
      );
    }
  }
}
