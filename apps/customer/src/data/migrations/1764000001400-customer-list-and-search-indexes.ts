import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes behind the `customers` filters and sorts, `searchCustomers` and duplicate detection
 * (issue 4, items 5 and 6). Filters end with (created_at, id), the default sort, so a filtered page
 * is read in index order; NAME and UPDATED_AT sorts walk their own (key, id) index.
 * pg_trgm is created by the database bootstrap (infra/postgres/bootstrap.sql): the service role
 * may not create extensions.
 */
export class CustomerListAndSearchIndexes1764000001400 implements MigrationInterface {
  name = 'CustomerListAndSearchIndexes1764000001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      'CREATE INDEX customers_tier_created_at ON customers (tier, created_at, id)',
      'CREATE INDEX customers_region_created_at ON customers (region, created_at, id)',
      'CREATE INDEX customers_industry_created_at ON customers (industry, created_at, id)',
      'CREATE INDEX customers_name_id ON customers (name, id)',
      'CREATE INDEX customers_updated_at_id ON customers (updated_at, id)',
      // Fuzzy name search: word similarity (`<%`) and similarity (`%`) are both served by GIN.
      'CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops)',
      // Equality and prefix (LIKE 'abc%') whatever the database collation.
      'CREATE INDEX customers_email_prefix ON customers (email text_pattern_ops)',
      'CREATE INDEX customers_phone_prefix ON customers (phone text_pattern_ops)',
      // Duplicate blocking: the name's first word, lower-cased (NAME_BLOCK in duplicate.repository.ts).
      `CREATE INDEX customers_name_block ON customers ((substring(lower(name) from '^[[:alnum:]]+')))`,
      // Who was merged into a survivor: a merge's bookkeeping and merged-id redirects.
      'CREATE INDEX customers_merged_into ON customers (merged_into_id) WHERE merged_into_id IS NOT NULL',
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'customers_tier_created_at',
      'customers_region_created_at',
      'customers_industry_created_at',
      'customers_name_id',
      'customers_updated_at_id',
      'customers_name_trgm',
      'customers_email_prefix',
      'customers_phone_prefix',
      'customers_name_block',
      'customers_merged_into',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
