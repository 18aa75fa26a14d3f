import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Campaign multipliers of a programme: payments received in a campaign's window earn more points. */
export class CreateLoyaltyCampaignBonuses1764000004520 implements MigrationInterface {
  name = 'CreateLoyaltyCampaignBonuses1764000004520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE loyalty_campaign_bonuses (
        id uuid PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES loyalty_programmes (id),
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        points_multiplier numeric(19, 4) NOT NULL CHECK (points_multiplier > 0),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX loyalty_campaign_bonuses_window ON loyalty_campaign_bonuses (programme_id, starts_on, ends_on)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE loyalty_campaign_bonuses');
  }
}
