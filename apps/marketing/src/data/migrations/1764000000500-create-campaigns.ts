import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCampaigns1764000000500 implements MigrationInterface {
  name = 'CreateCampaigns1764000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
        budget_amount numeric(19, 4) CHECK (budget_amount >= 0),
        budget_currency char(3),
        starts_on date,
        ends_on date CHECK (ends_on >= starts_on),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT campaigns_budget_complete CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX campaigns_created_at_id ON campaigns (created_at, id)');
    await queryRunner.query('CREATE INDEX campaigns_status_created_at ON campaigns (status, created_at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE campaigns');
  }
}
