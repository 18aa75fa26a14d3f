import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLeads1764000002100 implements MigrationInterface {
  name = 'CreateLeads1764000002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE leads (
        id uuid PRIMARY KEY,
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        company_name text,
        email text,
        phone text,
        job_title text,
        industry text,
        company_size text,
        region text,
        source text NOT NULL,
        source_campaign_id uuid,
        status text NOT NULL,
        disqualification_reason text,
        owner_id uuid,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
        score_breakdown jsonb NOT NULL,
        converted_customer_id uuid,
        converted_contact_id uuid,
        converted_opportunity_id uuid,
        converted_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((source = 'CAMPAIGN') = (source_campaign_id IS NOT NULL))
      )`);
    // Lists are newest first, filtered by status, owner or source (issue 5 §1).
    await queryRunner.query('CREATE INDEX leads_created_at ON leads (created_at, id)');
    await queryRunner.query('CREATE INDEX leads_status_created_at ON leads (status, created_at, id)');
    await queryRunner.query('CREATE INDEX leads_owner_created_at ON leads (owner_id, created_at, id)');
    await queryRunner.query('CREATE INDEX leads_source_created_at ON leads (source, created_at, id)');
    // customer.merged / customer.erased find the converted lead by its customer.
    await queryRunner.query(
      'CREATE INDEX leads_converted_customer ON leads (converted_customer_id) WHERE converted_customer_id IS NOT NULL',
    );
    await queryRunner.query(`
      CREATE TABLE lead_follow_ups (
        id uuid PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES leads (id),
        type text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX lead_follow_ups_lead_created_at ON lead_follow_ups (lead_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE lead_assignment_rules (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        priority integer NOT NULL,
        region text,
        industry text,
        source text,
        assignee_ids uuid[] NOT NULL CHECK (cardinality(assignee_ids) > 0),
        strategy text NOT NULL,
        next_assignee_index integer NOT NULL DEFAULT 0 CHECK (next_assignee_index >= 0),
        active boolean NOT NULL DEFAULT true,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX lead_assignment_rules_priority ON lead_assignment_rules (priority, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lead_assignment_rules');
    await queryRunner.query('DROP TABLE lead_follow_ups');
    await queryRunner.query('DROP TABLE leads');
  }
}
