import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lifecycle, tiering and churn (issue 4, items 3 and 4): the histories, the admin-edited value
 * rules (one row, seeded with the defaults), the revenue facts learnt from sales' events, the
 * churn note, and the indexes of the churned-customers list (newest churn first, by reason, by owner).
 */
export class LifecycleTierChurn1764000001300 implements MigrationInterface {
  name = 'LifecycleTierChurn1764000001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lifecycle_history (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        reason text NOT NULL,
        source text NOT NULL CHECK (source IN ('EVENT', 'MANUAL')),
        actor_id text NOT NULL,
        causing_event_id uuid,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX lifecycle_history_customer_created_at ON lifecycle_history (customer_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE tier_history (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        from_tier text CHECK (from_tier IN ('A', 'B', 'C', 'D')),
        to_tier text CHECK (to_tier IN ('A', 'B', 'C', 'D')),
        reason text NOT NULL,
        source text NOT NULL CHECK (source IN ('EVENT', 'MANUAL')),
        actor_id text NOT NULL,
        causing_event_id uuid,
        revenue numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        order_count integer NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX tier_history_customer_created_at ON tier_history (customer_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE tier_rules (
        id smallint PRIMARY KEY CHECK (id = 1),
        reporting_currency char(3) NOT NULL,
        window_months integer NOT NULL,
        thresholds jsonb NOT NULL,
        loyalty_min_orders integer NOT NULL,
        loyalty_window_months integer NOT NULL,
        updated_by text,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`
      INSERT INTO tier_rules (id, reporting_currency, window_months, thresholds, loyalty_min_orders, loyalty_window_months, updated_at)
      VALUES (1, 'EUR', 12, '[
        {"tier": "A", "minRevenue": "100000", "minOrders": 3},
        {"tier": "B", "minRevenue": "25000", "minOrders": 2},
        {"tier": "C", "minRevenue": "5000", "minOrders": 1},
        {"tier": "D", "minRevenue": "0", "minOrders": 0}
      ]', 5, 12, now())`);
    await queryRunner.query(`
      CREATE TABLE customer_revenue (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ORDER', 'PAYMENT')),
        fact_id uuid NOT NULL,
        order_id uuid NOT NULL,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        occurred_at timestamptz NOT NULL,
        event_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX customer_revenue_fact ON customer_revenue (kind, fact_id)');
    await queryRunner.query(
      'CREATE INDEX customer_revenue_customer_occurred_at ON customer_revenue (customer_id, occurred_at)',
    );
    await queryRunner.query('ALTER TABLE customers ADD COLUMN churn_note text');
    await queryRunner.query(
      'CREATE INDEX customers_churned ON customers (churned_at, id) WHERE churned_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX customers_churn_reason ON customers (churn_reason_category, churned_at, id) WHERE churned_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX customers_owner_churned ON customers (owner_id, churned_at, id) WHERE churned_at IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX customers_owner_churned');
    await queryRunner.query('DROP INDEX customers_churn_reason');
    await queryRunner.query('DROP INDEX customers_churned');
    await queryRunner.query('ALTER TABLE customers DROP COLUMN churn_note');
    await queryRunner.query('DROP TABLE customer_revenue');
    await queryRunner.query('DROP TABLE tier_rules');
    await queryRunner.query('DROP TABLE tier_history');
    await queryRunner.query('DROP TABLE lifecycle_history');
  }
}
