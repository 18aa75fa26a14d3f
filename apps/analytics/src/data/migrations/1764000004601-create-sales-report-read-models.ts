import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the sales reports (issue 14 item 1), one row per deal, quota, alert and user, fed
 * by sales' and identity's events. Every report reads them through an index of its period column
 * and owner, so it stays fast at millions of deals; money stays numeric(19,4) in its own currency
 * and converts in the report, at the transaction date's rate.
 */
export class CreateSalesReportReadModels1764000004601 implements MigrationInterface {
  name = 'CreateSalesReportReadModels1764000004601';

  async up(queryRunner: QueryRunner): Promise<void> {
    // furthest_stage: the highest funnel step the deal's stage history reached (1 PROSPECTING … 6 CLOSED_WON).
    await queryRunner.query(`
      CREATE TABLE sales_deals (
        opportunity_id uuid PRIMARY KEY,
        owner_id uuid,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        stage text NOT NULL,
        probability smallint NOT NULL,
        expected_close_date date,
        created_at timestamptz NOT NULL,
        created_on date NOT NULL,
        outcome text CHECK (outcome IN ('WON', 'LOST')),
        closed_at timestamptz,
        closed_on date,
        furthest_stage smallint NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX sales_deals_created ON sales_deals (created_on)');
    await queryRunner.query('CREATE INDEX sales_deals_owner_created ON sales_deals (owner_id, created_on)');
    await queryRunner.query(
      'CREATE INDEX sales_deals_closed ON sales_deals (closed_on) INCLUDE (outcome, owner_id, currency, amount) WHERE outcome IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX sales_deals_owner_closed ON sales_deals (owner_id, closed_on) WHERE outcome IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX sales_deals_open_close_date ON sales_deals (expected_close_date) INCLUDE (owner_id, currency, amount, probability) WHERE outcome IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX sales_deals_open_owner ON sales_deals (owner_id, expected_close_date) WHERE outcome IS NULL',
    );
    // Where a converted lead's deal came from (lead.converted travels on another topic than the deal).
    await queryRunner.query(`
      CREATE TABLE sales_deal_sources (
        opportunity_id uuid PRIMARY KEY,
        source text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE sales_user_teams (
        user_id uuid PRIMARY KEY,
        team_id uuid
      )`);
    await queryRunner.query('CREATE INDEX sales_user_teams_team ON sales_user_teams (team_id)');
    await queryRunner.query(`
      CREATE TABLE sales_quotas (
        quota_id uuid PRIMARY KEY,
        user_id uuid,
        team_id uuid,
        period text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        target_amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX sales_quotas_user ON sales_quotas (user_id, starts_on)');
    await queryRunner.query('CREATE INDEX sales_quotas_team ON sales_quotas (team_id, starts_on)');
    await queryRunner.query(`
      CREATE TABLE large_deal_alerts (
        opportunity_id uuid NOT NULL,
        detected_at timestamptz NOT NULL,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        threshold numeric(19, 4) NOT NULL,
        owner_id uuid,
        team_id uuid,
        manager_id uuid,
        PRIMARY KEY (opportunity_id, detected_at)
      )`);
    await queryRunner.query('CREATE INDEX large_deal_alerts_detected ON large_deal_alerts (detected_at)');
    await queryRunner.query(
      'CREATE INDEX large_deal_alerts_owner ON large_deal_alerts (owner_id, detected_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'large_deal_alerts',
      'sales_quotas',
      'sales_user_teams',
      'sales_deal_sources',
      'sales_deals',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
