import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign attribution and ROI moved to analytics (issue 14 §5, Campaign.performance with
 * @override): marketing's projection of leads, payments and merges for it goes.
 */
export class DropCampaignAttribution1764000004640 implements MigrationInterface {
  name = 'DropCampaignAttribution1764000004640';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE merged_customers');
    await queryRunner.query('DROP TABLE customer_payments');
    await queryRunner.query('DROP TABLE campaign_leads');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(
      'CREATE TABLE merged_customers (customer_id uuid PRIMARY KEY, survivor_id uuid NOT NULL)',
    );
  }
}
