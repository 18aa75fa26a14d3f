import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign ROI (issue 14 §5), taken over from marketing: leads with their source campaign and the
 * customer they became, and campaigns' costs. Revenue comes from customer_payments. No foreign
 * keys: each event fills its own columns whatever the order they arrive in.
 */
export class CreateCampaignAttribution1764000004650 implements MigrationInterface {
  name = 'CreateCampaignAttribution1764000004650';

  async up(queryRunner: QueryRunner): Promise<void> {
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
      CREATE TABLE campaign_costs (
        cost_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        amount numeric(19, 4) NOT NULL,
        currency char(3) NOT NULL,
        spent_on date NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX campaign_costs_campaign ON campaign_costs (campaign_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE campaign_costs');
    await queryRunner.query('DROP TABLE campaign_leads');
  }
}
