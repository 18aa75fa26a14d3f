import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-currency reporting: exchange rates with effective dates, the reporting currency, and
 * `convert_amount`, which every report calls in SQL so each amount converts at the rate of its
 * transaction's date. A missing rate gives NULL, which reports surface instead of dropping the
 * amount silently.
 */
export class CreateExchangeRates1764000004600 implements MigrationInterface {
  name = 'CreateExchangeRates1764000004600';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One unit of `currency` is worth `rate` units of `quote_currency` from `effective_on` on.
    await queryRunner.query(`
      CREATE TABLE exchange_rates (
        currency char(3) NOT NULL,
        quote_currency char(3) NOT NULL,
        effective_on date NOT NULL,
        rate numeric(24, 10) NOT NULL CHECK (rate > 0),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (currency, quote_currency, effective_on),
        CHECK (currency <> quote_currency)
      )`);
    await queryRunner.query(`
      CREATE TABLE reporting_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        reporting_currency char(3) NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO reporting_settings (reporting_currency) VALUES ('EUR')`);
    // The direct rate if there is one, else the inverse of the opposite pair, at the latest
    // effective date not after the transaction's.
    await queryRunner.query(`
      CREATE FUNCTION convert_amount(amount numeric, from_currency text, to_currency text, on_date date)
      RETURNS numeric LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN from_currency = to_currency THEN amount ELSE round(amount * (
          SELECT coalesce(
            (SELECT r.rate FROM exchange_rates r
              WHERE r.currency = from_currency AND r.quote_currency = to_currency AND r.effective_on <= on_date
              ORDER BY r.effective_on DESC LIMIT 1),
            (SELECT 1 / r.rate FROM exchange_rates r
              WHERE r.currency = to_currency AND r.quote_currency = from_currency AND r.effective_on <= on_date
              ORDER BY r.effective_on DESC LIMIT 1))
        ), 4) END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION convert_amount(numeric, text, text, date)');
    await queryRunner.query('DROP TABLE reporting_settings');
    await queryRunner.query('DROP TABLE exchange_rates');
  }
}
