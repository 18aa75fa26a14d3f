import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The loyalty level's default quote discount per customer, from marketing's loyalty.level_changed. */
export class CreateCustomerLoyaltyDiscounts1764000004550 implements MigrationInterface {
  name = 'CreateCustomerLoyaltyDiscounts1764000004550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customer_loyalty_discounts (
        customer_id uuid PRIMARY KEY,
        discount_percent numeric(5, 2) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
        level text,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customer_loyalty_discounts');
  }
}
