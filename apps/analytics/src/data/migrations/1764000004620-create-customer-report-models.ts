import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the customer reports (issue 14 item 2), one row per fact so every report is one
 * indexed aggregate: customers with their current attributes, churn spells, order lines, months in
 * which a customer bought, tickets, survey answers, segment members and users' teams.
 */
export class CreateCustomerReportModels1764000004620 implements MigrationInterface {
  name = 'CreateCustomerReportModels1764000004620';

  async up(queryRunner: QueryRunner): Promise<void> {
    // created_at is null while only a merge has named the customer (its creation is still on the way).
    await queryRunner.query(`
      CREATE TABLE report_customers (
        customer_id uuid PRIMARY KEY,
        kind text,
        owner_id uuid,
        industry text,
        region text,
        source text,
        tier text,
        lifecycle_stage text,
        created_at timestamptz,
        first_purchase_month date,
        merged_into_id uuid,
        erased_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX report_customers_counted ON report_customers (created_at) WHERE merged_into_id IS NULL',
    );
    await queryRunner.query('CREATE INDEX report_customers_owner ON report_customers (owner_id, created_at)');
    await queryRunner.query(
      'CREATE INDEX report_customers_cohort ON report_customers (first_purchase_month) WHERE merged_into_id IS NULL',
    );
    await queryRunner.query('CREATE INDEX report_customers_merged_into ON report_customers (merged_into_id)');
    await queryRunner.query(`
      CREATE TABLE report_churn_spells (
        customer_id uuid NOT NULL,
        churned_at timestamptz NOT NULL,
        reason text NOT NULL,
        reactivated_at timestamptz,
        PRIMARY KEY (customer_id, churned_at)
      )`);
    await queryRunner.query('CREATE INDEX report_churn_spells_churned ON report_churn_spells (churned_at)');
    await queryRunner.query(`
      CREATE TABLE report_order_lines (
        order_id uuid NOT NULL,
        line_no int NOT NULL,
        customer_id uuid NOT NULL,
        product_id uuid,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        placed_on date NOT NULL,
        PRIMARY KEY (order_id, line_no)
      )`);
    await queryRunner.query('CREATE INDEX report_order_lines_placed ON report_order_lines (placed_on)');
    await queryRunner.query('CREATE INDEX report_order_lines_customer ON report_order_lines (customer_id)');
    await queryRunner.query(`
      CREATE TABLE report_purchase_months (
        customer_id uuid NOT NULL,
        month date NOT NULL,
        PRIMARY KEY (customer_id, month)
      )`);
    await queryRunner.query('CREATE INDEX report_purchase_months_month ON report_purchase_months (month)');
    await queryRunner.query(`
      CREATE TABLE report_tickets (
        ticket_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        queue_id uuid,
        assignee_id uuid,
        opened_at timestamptz,
        first_responded_at timestamptz,
        resolved_at timestamptz,
        first_response_breached boolean NOT NULL DEFAULT false,
        resolution_breached boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query('CREATE INDEX report_tickets_opened ON report_tickets (opened_at)');
    await queryRunner.query('CREATE INDEX report_tickets_customer ON report_tickets (customer_id)');
    await queryRunner.query(`
      CREATE TABLE report_survey_responses (
        response_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        queue_id uuid,
        assignee_id uuid,
        csat smallint,
        nps smallint,
        responded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX report_survey_responses_responded ON report_survey_responses (responded_at)',
    );
    await queryRunner.query(
      'CREATE INDEX report_survey_responses_customer ON report_survey_responses (customer_id)',
    );
    await queryRunner.query(`
      CREATE TABLE report_segment_members (
        segment_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        PRIMARY KEY (segment_id, customer_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX report_segment_members_customer ON report_segment_members (customer_id)',
    );
    await queryRunner.query(`
      CREATE TABLE report_user_teams (
        user_id uuid PRIMARY KEY,
        team_id uuid
      )`);
    await queryRunner.query('CREATE INDEX report_user_teams_team ON report_user_teams (team_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'report_user_teams',
      'report_segment_members',
      'report_survey_responses',
      'report_tickets',
      'report_purchase_months',
      'report_order_lines',
      'report_churn_spells',
      'report_customers',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
