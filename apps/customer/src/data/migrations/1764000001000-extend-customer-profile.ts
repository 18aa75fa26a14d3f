import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer master's profile (issue 4): B2B and B2C fields, contact points, tier, churn, and the
 * markers a merge or an erasure leaves behind. Indexes for lists and search come with their features.
 */
export class ExtendCustomerProfile1764000001000 implements MigrationInterface {
  name = 'ExtendCustomerProfile1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE customers
        ADD COLUMN source text,
        ADD COLUMN industry text,
        ADD COLUMN company_size text,
        ADD COLUMN website text,
        ADD COLUMN region text,
        ADD COLUMN birth_date date,
        ADD COLUMN gender text,
        ADD COLUMN emails jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN phones jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN addresses jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN tier text CHECK (tier IN ('A', 'B', 'C', 'D')),
        ADD COLUMN churn_reason_category text,
        ADD COLUMN churned_at timestamptz,
        ADD COLUMN merged_into_id uuid,
        ADD COLUMN erased_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE customers
        DROP COLUMN source, DROP COLUMN industry, DROP COLUMN company_size, DROP COLUMN website,
        DROP COLUMN region, DROP COLUMN birth_date, DROP COLUMN gender, DROP COLUMN emails,
        DROP COLUMN phones, DROP COLUMN addresses, DROP COLUMN tier, DROP COLUMN churn_reason_category,
        DROP COLUMN churned_at, DROP COLUMN merged_into_id, DROP COLUMN erased_at`);
  }
}
