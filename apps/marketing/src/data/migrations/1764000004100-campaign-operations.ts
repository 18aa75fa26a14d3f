import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHANNELS = `'EMAIL', 'SMS', 'PHONE', 'EVENT', 'SOCIAL', 'WEB', 'OTHER'`;
const MEMBER_STATUSES = `'TARGETED', 'SENT', 'DELIVERED', 'OPENED', 'CLICKED', 'RESPONDED', 'CONVERTED'`;

/**
 * Issue 13 §1: a campaign's channels and description, its cost lines, members and responses, and
 * the attribution projection (leads from sales events, payments of the customers they became).
 */
export class CampaignOperations1764000004100 implements MigrationInterface {
  name = 'CampaignOperations1764000004100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE campaigns
        ADD COLUMN channels text[] NOT NULL DEFAULT '{}' CHECK (channels <@ ARRAY[${CHANNELS}]),
        ADD COLUMN description text CHECK (length(description) <= 2000),
        ADD COLUMN cancellation_reason text`);
    await queryRunner.query('CREATE INDEX campaigns_status_starts_on ON campaigns (status, starts_on)');
    await queryRunner.query('CREATE INDEX campaigns_status_ends_on ON campaigns (status, ends_on)');
    await queryRunner.query(`
      CREATE TABLE campaign_costs (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        spent_on date NOT NULL,
        category text NOT NULL CHECK (length(category) BETWEEN 1 AND 100),
        amount numeric(19, 4) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        note text,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX campaign_costs_campaign_created_at ON campaign_costs (campaign_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE campaign_members (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        customer_id uuid,
        contact_id uuid,
        lead_id uuid,
        status text NOT NULL CHECK (status IN (${MEMBER_STATUSES})),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT campaign_members_one_party CHECK (num_nonnulls(customer_id, contact_id, lead_id) = 1)
      )`);
    for (const party of ['customer', 'contact', 'lead']) {
      await queryRunner.query(
        `CREATE UNIQUE INDEX campaign_members_${party} ON campaign_members (campaign_id, ${party}_id) WHERE ${party}_id IS NOT NULL`,
      );
    }
    await queryRunner.query(
      'CREATE INDEX campaign_members_customer_created_at ON campaign_members (customer_id, created_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX campaign_members_lead_id ON campaign_members (lead_id) WHERE lead_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX campaign_members_campaign_created_at ON campaign_members (campaign_id, created_at, id)',
    );
    await queryRunner.query(
      'CREATE INDEX campaign_members_campaign_status ON campaign_members (campaign_id, status, created_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE campaign_responses (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        member_id uuid NOT NULL REFERENCES campaign_members (id),
        channel text NOT NULL CHECK (channel IN (${CHANNELS})),
        kind text NOT NULL,
        note text,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX campaign_responses_campaign_created_at ON campaign_responses (campaign_id, created_at, id)',
    );
    await queryRunner.query('CREATE INDEX campaign_responses_member ON campaign_responses (member_id)');
    // Attribution: kept from sales events whatever their order; no foreign keys, a lead may name a
    // campaign this service has not got (yet).
    await queryRunner.query(`
      CREATE TABLE campaign_leads (
        lead_id uuid PRIMARY KEY,
        campaign_id uuid,
        customer_id uuid,
        created_at timestamptz,
        converted_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX campaign_leads_campaign ON campaign_leads (campaign_id)');
    await queryRunner.query('CREATE INDEX campaign_leads_customer ON campaign_leads (customer_id)');
    await queryRunner.query(`
      CREATE TABLE customer_payments (
        payment_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX customer_payments_customer ON customer_payments (customer_id)');
    // A conversion or payment of a merged customer may arrive after the merge: it is re-pointed on arrival.
    await queryRunner.query(`
      CREATE TABLE merged_customers (
        customer_id uuid PRIMARY KEY,
        survivor_id uuid NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE merged_customers');
    await queryRunner.query('DROP TABLE customer_payments');
    await queryRunner.query('DROP TABLE campaign_leads');
    await queryRunner.query('DROP TABLE campaign_responses');
    await queryRunner.query('DROP TABLE campaign_members');
    await queryRunner.query('DROP TABLE campaign_costs');
    await queryRunner.query('DROP INDEX campaigns_status_ends_on');
    await queryRunner.query('DROP INDEX campaigns_status_starts_on');
    await queryRunner.query(
      'ALTER TABLE campaigns DROP COLUMN cancellation_reason, DROP COLUMN description, DROP COLUMN channels',
    );
  }
}
