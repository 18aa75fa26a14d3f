import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sales reports at 2 M deals (issue 14 items 1, 6, 8): monthly roll-ups per owner of the deals
 * created (funnel), closed (win rate, cycle, velocity, won amounts, attainment) and open (forecast;
 * per owner alone for velocity), kept by the handlers that write sales_deals; a report reads its
 * whole months there and only the partial first and last month from sales_deals. A won deal's amount is converted into the
 * reporting currency once, at its close date's rate (`won_converted`), and re-converted when a rate
 * or the reporting currency changes. Deals carry their customer for the region and segment
 * filters. One user → team projection (report_user_teams) serves both report families.
 */
export class CreateSalesRollups1764000008810 implements MigrationInterface {
  name = 'CreateSalesRollups1764000008810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE sales_deals ADD COLUMN customer_id uuid, ADD COLUMN won_converted numeric(24, 4)',
    );
    await queryRunner.query('CREATE INDEX sales_deals_customer ON sales_deals (customer_id)');
    // The partial months: covering, so the days at a period's edges are read from the index alone.
    await queryRunner.query('DROP INDEX sales_deals_closed');
    await queryRunner.query(
      `CREATE INDEX sales_deals_closed ON sales_deals (closed_on)
       INCLUDE (outcome, owner_id, won_converted, created_at, closed_at, opportunity_id) WHERE outcome IS NOT NULL`,
    );
    await queryRunner.query('DROP INDEX sales_deals_created');
    await queryRunner.query(
      'CREATE INDEX sales_deals_created ON sales_deals (created_on) INCLUDE (owner_id, furthest_stage)',
    );
    // Won deals without a rate: the reports list these (currency, day) pairs as missing rates.
    await queryRunner.query(
      `CREATE INDEX sales_deals_won_unconverted ON sales_deals (closed_on)
       WHERE outcome = 'WON' AND won_converted IS NULL`,
    );
    await this.createRollups(queryRunner);
    await queryRunner.query(rateLookups('::bpchar'));
    await queryRunner.query(SALES_ROLLUP_FUNCTIONS);
    await queryRunner.query('SELECT convert_won_deals(NULL, NULL)');
    await queryRunner.query('SELECT refill_sales_rollups()');
    await queryRunner.query(
      `INSERT INTO report_user_teams (user_id, team_id) SELECT user_id, team_id FROM sales_user_teams
       ON CONFLICT (user_id) DO NOTHING`,
    );
    await queryRunner.query('DROP TABLE sales_user_teams');
  }

  private async createRollups(queryRunner: QueryRunner): Promise<void> {
    // owner_id is null for unassigned deals, one row each: the keys treat nulls as equal.
    await queryRunner.query(`
      CREATE TABLE sales_created_months (
        owner_id uuid,
        month date NOT NULL,
        furthest_stage smallint NOT NULL,
        deals integer NOT NULL,
        CONSTRAINT sales_created_months_key UNIQUE NULLS NOT DISTINCT (month, owner_id, furthest_stage)
      )`);
    await queryRunner.query(
      'CREATE INDEX sales_created_months_owner ON sales_created_months (owner_id, month)',
    );
    // won_amount: Σ won_converted of the won deals that have a rate; cycle_seconds: Σ created → won.
    await queryRunner.query(`
      CREATE TABLE sales_closed_months (
        owner_id uuid,
        month date NOT NULL,
        source text,
        won integer NOT NULL,
        lost integer NOT NULL,
        won_amount numeric(24, 4) NOT NULL,
        cycle_seconds numeric(24, 6) NOT NULL,
        CONSTRAINT sales_closed_months_key UNIQUE NULLS NOT DISTINCT (month, owner_id, source)
      )`);
    await queryRunner.query(
      'CREATE INDEX sales_closed_months_owner ON sales_closed_months (owner_id, month)',
    );
    // month: of the expected close date (null without one); amounts stay in the deal's currency,
    // an open deal converting at the rate of the day the report is asked.
    await queryRunner.query(`
      CREATE TABLE sales_open_months (
        owner_id uuid,
        month date,
        currency char(3) NOT NULL,
        probability smallint NOT NULL,
        deals integer NOT NULL,
        amount numeric(24, 4) NOT NULL,
        CONSTRAINT sales_open_months_key UNIQUE NULLS NOT DISTINCT (month, owner_id, currency, probability)
      )`);
    await queryRunner.query('CREATE INDEX sales_open_months_owner ON sales_open_months (owner_id, month)');
    // Deals open now per owner, whatever their close date (pipeline velocity's open deals).
    await queryRunner.query(`
      CREATE TABLE sales_open_owner_totals (
        owner_id uuid,
        deals integer NOT NULL,
        CONSTRAINT sales_open_owner_totals_key UNIQUE NULLS NOT DISTINCT (owner_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sales_user_teams (user_id uuid PRIMARY KEY, team_id uuid)`);
    await queryRunner.query('CREATE INDEX sales_user_teams_team ON sales_user_teams (team_id)');
    await queryRunner.query('INSERT INTO sales_user_teams SELECT user_id, team_id FROM report_user_teams');
    await queryRunner.query('DROP FUNCTION refill_sales_rollups()');
    await queryRunner.query('DROP FUNCTION refill_sales_closed_months(date)');
    await queryRunner.query('DROP FUNCTION convert_won_deals(text, date)');
    await queryRunner.query(rateLookups(''));
    for (const table of [
      'sales_open_owner_totals',
      'sales_open_months',
      'sales_closed_months',
      'sales_created_months',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query('DROP INDEX sales_deals_won_unconverted');
    await queryRunner.query('DROP INDEX sales_deals_created');
    await queryRunner.query('CREATE INDEX sales_deals_created ON sales_deals (created_on)');
    await queryRunner.query('DROP INDEX sales_deals_closed');
    await queryRunner.query(
      'CREATE INDEX sales_deals_closed ON sales_deals (closed_on) INCLUDE (outcome, owner_id, currency, amount) WHERE outcome IS NOT NULL',
    );
    await queryRunner.query('DROP INDEX sales_deals_customer');
    await queryRunner.query('ALTER TABLE sales_deals DROP COLUMN customer_id, DROP COLUMN won_converted');
  }
}

/**
 * The one way roll-ups are filled from sales_deals: by this migration, by the bench after its bulk
 * load, and after a re-conversion. `convert_won_deals(currency, since)` re-converts the won deals in
 * `currency` (every currency when null) closed on or after `since` (every day when null), looking
 * each day's rate up once (exchange_rate), as convert_amount would per deal: 2 M deals take seconds.
 */
const SALES_ROLLUP_FUNCTIONS = `
  CREATE FUNCTION convert_won_deals(in_currency text, since date) RETURNS void LANGUAGE sql AS $$
    -- MATERIALIZED: the rates are looked up once per day and currency, not once per deal the join yields.
    WITH rates AS MATERIALIZED (
      SELECT w.currency, w.closed_on, exchange_rate(w.currency, s.reporting_currency::text, w.closed_on) AS rate
      FROM (SELECT DISTINCT currency::text AS currency, closed_on FROM sales_deals
            WHERE outcome = 'WON' AND (in_currency IS NULL OR currency = in_currency)
              AND (since IS NULL OR closed_on >= since)) w
      CROSS JOIN reporting_settings s)
    UPDATE sales_deals d SET won_converted = round(d.amount * r.rate, 4)
    FROM rates r
    WHERE d.outcome = 'WON' AND d.currency = r.currency AND d.closed_on = r.closed_on
  $$;

  CREATE FUNCTION refill_sales_closed_months(since date) RETURNS void LANGUAGE sql AS $$
    DELETE FROM sales_closed_months WHERE month >= date_trunc('month', since);
    INSERT INTO sales_closed_months (owner_id, month, source, won, lost, won_amount, cycle_seconds)
    SELECT d.owner_id, date_trunc('month', d.closed_on)::date, s.source,
           count(*) FILTER (WHERE d.outcome = 'WON'), count(*) FILTER (WHERE d.outcome = 'LOST'),
           coalesce(sum(d.won_converted) FILTER (WHERE d.outcome = 'WON'), 0),
           coalesce(sum(extract(epoch FROM d.closed_at - d.created_at)) FILTER (WHERE d.outcome = 'WON'), 0)
    FROM sales_deals d LEFT JOIN sales_deal_sources s ON s.opportunity_id = d.opportunity_id
    WHERE d.outcome IS NOT NULL AND d.closed_on >= date_trunc('month', since)
    GROUP BY 1, 2, 3;
  $$;

  CREATE FUNCTION refill_sales_rollups() RETURNS void LANGUAGE sql AS $$
    TRUNCATE sales_created_months, sales_open_months, sales_open_owner_totals;
    INSERT INTO sales_created_months (owner_id, month, furthest_stage, deals)
    SELECT owner_id, date_trunc('month', created_on)::date, furthest_stage, count(*)
    FROM sales_deals GROUP BY 1, 2, 3;
    INSERT INTO sales_open_months (owner_id, month, currency, probability, deals, amount)
    SELECT owner_id, date_trunc('month', expected_close_date)::date, currency, probability, count(*), sum(amount)
    FROM sales_deals WHERE outcome IS NULL GROUP BY 1, 2, 3, 4;
    INSERT INTO sales_open_owner_totals (owner_id, deals)
    SELECT owner_id, count(*) FROM sales_deals WHERE outcome IS NULL GROUP BY 1;
    SELECT refill_sales_closed_months('-infinity');
  $$;
`;

/**
 * convert_amount and exchange_rate (migrations 1764000004600, 1764000008800) as they were, but for
 * `cast`: compared as text, exchange_rates' char(3) key could not use its index, and each lookup
 * read the whole table (1.1 ms a call with three years of daily rates; 0.03 ms with '::bpchar').
 */
const rateLookups = (cast: '::bpchar' | '') => `
  CREATE OR REPLACE FUNCTION exchange_rate(from_currency text, to_currency text, on_date date)
  RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN from_currency = to_currency THEN 1 ELSE coalesce(
      (SELECT r.rate FROM exchange_rates r
        WHERE r.currency = from_currency${cast} AND r.quote_currency = to_currency${cast} AND r.effective_on <= on_date
        ORDER BY r.effective_on DESC LIMIT 1),
      (SELECT 1 / r.rate FROM exchange_rates r
        WHERE r.currency = to_currency${cast} AND r.quote_currency = from_currency${cast} AND r.effective_on <= on_date
        ORDER BY r.effective_on DESC LIMIT 1)) END
  $$;

  CREATE OR REPLACE FUNCTION convert_amount(amount numeric, from_currency text, to_currency text, on_date date)
  RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN from_currency = to_currency THEN amount ELSE round(amount * (
      SELECT coalesce(
        (SELECT r.rate FROM exchange_rates r
          WHERE r.currency = from_currency${cast} AND r.quote_currency = to_currency${cast} AND r.effective_on <= on_date
          ORDER BY r.effective_on DESC LIMIT 1),
        (SELECT 1 / r.rate FROM exchange_rates r
          WHERE r.currency = to_currency${cast} AND r.quote_currency = from_currency${cast} AND r.effective_on <= on_date
          ORDER BY r.effective_on DESC LIMIT 1))
    ), 4) END
  $$;
`;
