import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contribution at a million customers (issue 14 item 8): revenue summed per customer, product, day
 * and currency as the orders arrive, so the report reads one row per group instead of every order
 * line, and `exchange_rate`, so it looks each day's rate up once instead of once per group.
 * Filled from the order lines already recorded.
 */
export class CreateRevenueDays1764000008800 implements MigrationInterface {
  name = 'CreateRevenueDays1764000008800';

  async up(queryRunner: QueryRunner): Promise<void> {
    // product_id is null for an order without lines; one such row per customer, day and currency.
    await queryRunner.query(`
      CREATE TABLE report_revenue_days (
        customer_id uuid NOT NULL,
        product_id uuid,
        placed_on date NOT NULL,
        currency char(3) NOT NULL,
        amount numeric(24, 4) NOT NULL,
        CONSTRAINT report_revenue_days_key UNIQUE NULLS NOT DISTINCT (customer_id, product_id, placed_on, currency)
      )`);
    await queryRunner.query('CREATE INDEX report_revenue_days_placed ON report_revenue_days (placed_on)');
    await queryRunner.query(`
      INSERT INTO report_revenue_days (customer_id, product_id, placed_on, currency, amount)
      SELECT customer_id, product_id, placed_on, currency, sum(amount) FROM report_order_lines
      GROUP BY customer_id, product_id, placed_on, currency`);
    // The factor convert_amount multiplies by before it rounds: 1 within a currency, else the
    // direct rate or the inverse of the opposite pair at the latest effective date not after on_date.
    await queryRunner.query(`
      CREATE FUNCTION exchange_rate(from_currency text, to_currency text, on_date date)
      RETURNS numeric LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN from_currency = to_currency THEN 1 ELSE coalesce(
          (SELECT r.rate FROM exchange_rates r
            WHERE r.currency = from_currency AND r.quote_currency = to_currency AND r.effective_on <= on_date
            ORDER BY r.effective_on DESC LIMIT 1),
          (SELECT 1 / r.rate FROM exchange_rates r
            WHERE r.currency = to_currency AND r.quote_currency = from_currency AND r.effective_on <= on_date
            ORDER BY r.effective_on DESC LIMIT 1)) END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION exchange_rate(text, text, date)');
    await queryRunner.query('DROP TABLE report_revenue_days');
  }
}
